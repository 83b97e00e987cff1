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

  /// The date formats for a type.
  public func dateFormats(of type: String) -> [DateFormat] {
    types[type]?.dateFormats ?? dateFormats
  }
}
