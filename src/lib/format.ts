/** Fills `{{name}}` placeholders from a finding's data; unknown names stay visible so a mistake shows. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number | undefined>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}
