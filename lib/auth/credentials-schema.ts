import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password";

export const credentialsSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).email("enter an e-mail address"),
    password: z.string().min(1, "enter your password").max(PASSWORD_MAX_LENGTH),
  })
  .strict();
