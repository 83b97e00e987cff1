/// Cells of the CSV files people open in a spreadsheet (findings.csv, `score --format csv`,
/// `sample --format csv`), made inert as OWASP advises against CSV injection: a cell that a
/// spreadsheet could take for a formula — one beginning `=`, `+`, `-`, `@`, a tab or a carriage
/// return — gets a leading `'`. So does one beginning with `'` itself, so that reading back
/// (dropping one leading `'`) always gives the value written. None of these files' columns
/// holds a number CaseAudit wrote (ids, names, outcomes, messages, evidence as `name value`,
/// hex keys), so no value is exempt: `-3` as an id is text and is neutralised like the rest.
public enum SpreadsheetText {
  /// The cell as written: with a leading `'` when it begins with a trigger.
  public static func neutralised(_ value: String) -> String {
    startsLikeFormula(value.utf8.first) ? "'" + value : value
  }

  /// Whether a cell beginning with this byte (nil: an empty cell) gets a leading `'`.
  public static func startsLikeFormula(_ first: UInt8?) -> Bool {
    // The first bytes that make a cell a possible formula, and the apostrophe that marks one;
    // a switch, as every cell of a census is checked.
    guard let first else { return false }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
      UInt8(ascii: "'"):
      return true
    default: return false
    }
  }

  /// The value of a cell read back: its first `'` dropped, if it has one.
  public static func restored(_ cell: String) -> String {
    cell.utf8.first == UInt8(ascii: "'") ? String(cell.dropFirst()) : cell
  }
}
