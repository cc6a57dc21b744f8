/** `npm run db:backup -- FILE`: an online, verified backup of the database (safe while the app serves). */
import { resolveDatabasePath } from "@/lib/config/paths";
import { backupDatabase, BackupError } from "@/lib/backup/backup-database";

const target = process.argv[2];
if (!target) {
  console.error("usage: npm run db:backup -- FILE");
  process.exit(2);
}
try {
  const { file, bytes } = await backupDatabase({ source: resolveDatabasePath(), target });
  console.log(`backed up ${resolveDatabasePath()} to ${file} (${bytes} bytes, integrity ok, mode 0600)`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
