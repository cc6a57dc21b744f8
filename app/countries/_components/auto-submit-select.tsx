"use client";

/** [value, label] of one choice. */
export type SelectChoice = [string, string];

/**
 * A <select> that submits its form on change; the form's own button keeps it working without JS. The choices
 * come as compact rows and are turned into <option>s here, so the page's RSC payload carries the rows rather
 * than the markup of a few hundred options a second time.
 */
export function AutoSubmitSelect({
  groups,
  emptyLabel,
  ...props
}: React.SelectHTMLAttributes<HTMLSelectElement> & { groups: { label: string; choices: SelectChoice[] }[]; emptyLabel: string }) {
  return (
    <select {...props} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
      <option value="">{emptyLabel}</option>
      {groups.map((g) =>
        g.choices.length ? (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </optgroup>
        ) : null,
      )}
    </select>
  );
}
