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
    if PathStatus.of(caseFile) != .missing { return .canonical }
    if SSDImporter.looksLikeDump(directory) { return .ssd }
    return SSDA903Importer.looksLikeReturn(directory) ? .ssda903 : .canonical
  }

  /// Loads a folder; `previous` is the previous year's SSDA903 return, when there is one.
  /// `reading` limits a canonical export to the files of the types it selects; an SSDA903
  /// return or an SSD dump is read whole, since their types are derived from one another's
  /// files (a return's episodes give periods, placements and reviews' periods).
  public static func load(
    _ directory: String, schema: Schema, format: Format = .auto, previous: String? = nil,
    mapping: ExportMapping? = nil, reading: ImportSelection? = nil,
    progress: (@Sendable (String) -> Void)? = nil
  ) -> ImportResult {
    if let problem = PathStatus.of(directory).folderProblem {
      return failed(
        "the export folder \(problem.message(directory))", schema: schema, directory: directory)
    }
    let chosen = format == .auto ? detect(directory, schema: schema) : format
    var notes: [Diagnostic] = []
    if let previous {
      if let problem = PathStatus.of(previous).folderProblem {
        return failed(
          "the previous year's return \(problem.message(previous))", schema: schema,
          directory: directory)
      }
      // Read as its own previous year, a return would have every episode twice.
      if PathStatus.same(previous, directory) {
        return failed(
          "the previous year's return '\(previous)' is the export folder itself; give the"
            + " folder of the year before's return", schema: schema, directory: directory)
      }
      if chosen != .ssda903 {
        notes.append(
          Diagnostic(
            .warning,
            "--previous '\(previous)' is ignored: it is read only with an SSDA903 return, and"
              + " '\(directory)' is read as "
              + (chosen == .ssd ? "an SSD dump" : "a canonical export"),
            kind: "previous ignored"))
      }
    }
    var result: ImportResult
    switch chosen {
    case .ssd:
      progress?("reading the SSD tables")
      result = SSDImporter(schema: schema, mapping: mapping).load(directory: directory)
    case .ssda903:
      progress?("reading the SSDA903 return")
      result = SSDA903Importer(schema: schema).load(directory: directory, previous: previous)
    default:
      result = CanonicalImporter(schema: schema, mapping: mapping)
        .load(directory: directory, reading: reading, progress: progress)
    }
    result.diagnostics = notes + result.diagnostics
    return result
  }

  /// The result of an export that cannot be read at all: one error, nothing loaded.
  static func failed(_ message: String, schema: Schema, directory: String) -> ImportResult {
    var result = CanonicalImporter(schema: schema).load(files: [:], directory: directory)
    result.diagnostics = [.error(message, kind: "unreadable export")]
    result.unreadable = true
    return result
  }
}
