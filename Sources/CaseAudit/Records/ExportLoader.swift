import Foundation

/// Loads an export in whichever format it is: the canonical CaseAudit folder, an SSDA903 return
/// or a dump of the Standard Safeguarding Dataset, found from the files present unless named.
public enum ExportLoader {
  /// The formats CaseAudit reads.
  public enum Format: String, Sendable, CaseIterable {
    case auto, canonical, ssda903, ssd
  }

  /// The format of a folder: canonical when it has the case type's file, SSDA903 when it has a
  /// CSV with the return's Header or Episodes columns, else canonical (whose importer then says
  /// what is missing).
  public static func detect(_ directory: String, schema: Schema) -> Format {
    let caseFile = directory + "/" + schema.types[schema.caseType].file
    if FileManager.default.fileExists(atPath: caseFile) { return .canonical }
    if SSDImporter.looksLikeDump(directory) { return .ssd }
    return SSDA903Importer.looksLikeReturn(directory) ? .ssda903 : .canonical
  }

  /// Loads a folder; `previous` is the previous year's SSDA903 return, when there is one.
  public static func load(
    _ directory: String, schema: Schema, format: Format = .auto, previous: String? = nil,
    mapping: ExportMapping? = nil, progress: (@Sendable (String) -> Void)? = nil
  ) -> ImportResult {
    let chosen = format == .auto ? detect(directory, schema: schema) : format
    switch chosen {
    case .ssd:
      progress?("reading the SSD tables")
      return SSDImporter(schema: schema, mapping: mapping).load(directory: directory)
    case .ssda903:
      progress?("reading the SSDA903 return")
      return SSDA903Importer(schema: schema).load(directory: directory, previous: previous)
    default:
      return CanonicalImporter(schema: schema, mapping: mapping)
        .load(directory: directory, progress: progress)
    }
  }
}
