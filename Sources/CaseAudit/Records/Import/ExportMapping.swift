/// How a local export differs from the canonical one, from a mapping file: each type's file
/// name, column names, date formats and value maps (free text to codes). Nothing is guessed:
/// a value the map does not know is a diagnostic.
public struct ExportMapping: Sendable {
  /// One type's mapping.
  public struct TypeMapping: Sendable {
    /// The export's file for the type.
    public var file: String?
    /// Field name to the export's column name.
    public var columns: [String: String] = [:]
    /// Date formats to try, in order.
    public var dateFormats: [DateFormat]?
    /// Field name to (export text to canonical value).
    public var values: [String: [String: String]] = [:]
  }

  /// The mapping file's path, for messages.
  public var path: String
  /// Date formats for every file, unless a type sets its own.
  public var dateFormats: [DateFormat] = [.iso]
  /// Mappings by type name.
  public var types: [String: TypeMapping] = [:]

  /// The file name of a type.
  public func file(of type: Schema.RecordType) -> String { types[type.name]?.file ?? type.file }

  /// The export's column name for a field.
  public func column(of field: String, in type: String) -> String {
    types[type]?.columns[field] ?? field
  }

  /// What an export's text becomes for a field: its value map's entry; else the text itself
  /// when it is already valid; else the map's `"*"` entry. Nil when none applies: the value is
  /// unmapped, which is an error, never a guess.
  public func apply(_ text: String, type: String, field: Schema.Field) -> String? {
    guard let map = types[type]?.values[field.name] else { return text }
    if let value = map[text] { return value }
    if case .success = field.type.value(from: text, field: field.name) { return text }
    return map["*"]
  }

  /// The date formats for a type.
  public func dateFormats(of type: String) -> [DateFormat] {
    types[type]?.dateFormats ?? dateFormats
  }
}
