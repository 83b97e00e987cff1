import Foundation
import Testing

@testable import CaseAudit

/// Importing only the files the scored rules read gives the same findings as importing the
/// whole export, rule by rule of the shipped pack.
@Suite struct ImportSelectionTests {
  static let pack = DemoExport.pack
  static let context = AuditContext(
    asAt: Day(year: 2022, month: 3, day: 31), periodStart: Day(year: 2021, month: 4, day: 1),
    periodEnd: Day(year: 2022, month: 3, day: 31))

  /// A generated export with the generator's faults, and rows broken in every file: a key
  /// repeated (both rows excluded, and whatever names them) and a row cut short.
  static let faulty: [String: [UInt8]] = {
    let calendar = DemoExport.pack.calendar
    let buffers = SyntheticExport(
      options: GeneratorOptions(children: 120, seed: 11), calendar: calendar
    ).generate()
    var files: [String: [UInt8]] = [:]
    for (file, buffer) in buffers.files {
      var lines = String(decoding: buffer.bytes, as: UTF8.self).split(separator: "\n")
      for row in stride(from: 3, to: lines.count, by: 13).reversed() {
        lines.insert(lines[row], at: row)
      }
      for row in stride(from: 5, to: lines.count, by: 29) {
        lines[row] = lines[row].split(separator: ",").prefix(2).joined(separator: ",")[...]
      }
      files[file] = Array((lines.joined(separator: "\n") + "\n").utf8)
    }
    return files
  }()

  /// Each enabled rule scored alone, from its own selection and from the whole export.
  static func checkEveryRule(_ files: [String: [UInt8]]) {
    let importer = CanonicalImporter(schema: pack.schema)
    let full = importer.load(files: files, directory: "export")
    var narrowed = 0
    for rule in pack.rules where rule.enabled {
      let reading = ImportSelection(schema: pack.schema, rules: [rule])
      if !reading.isAll { narrowed += 1 }
      let selective = importer.load(files: files, directory: "export", reading: reading)
      let scorer = Scorer(pack: pack, only: [rule.id])
      let expected = FindingsCSV(results: scorer.score(full.dataset, context: context)).render()
      let found = FindingsCSV(results: scorer.score(selective.dataset, context: context)).render()
      #expect(found == expected, "\(rule.id)")
      #expect(found.split(separator: "\n").count > 1, "\(rule.id) scored no case")
    }
    // Else the comparison above never left a file out.
    #expect(narrowed > 0)
  }

  @Test func everyRuleScoresTheSameFromItsFilesAsFromTheWholeDemo() {
    Self.checkEveryRule(DemoExport.files)
  }

  @Test func everyRuleScoresTheSameFromItsFilesOfAFaultyGeneratedExport() {
    let full = CanonicalImporter(schema: Self.pack.schema).load(
      files: Self.faulty, directory: "export")
    // The breakage reaches the references and the cases that lost rows.
    #expect(full.diagnostics.contains { $0.kind == "dangling reference" })
    #expect(full.dataset.incomplete.contains { !$0.isEmpty })
    Self.checkEveryRule(Self.faulty)
  }

  @Test func aRuleReadingNotesReadsNotesAndWhatTheyName() throws {
    let schema = Self.pack.schema
    let note = try #require(schema.typeIndex("note"))
    let rule = try #require(Self.pack.rules.first { $0.typesRead.contains(note) })
    let reading = ImportSelection(schema: schema, rules: [rule])
    let read = schema.types.indices.filter { reading.reads[$0] }.map { schema.types[$0].name }
    #expect(read.contains("note"))
    // A note names its child and its author, and an author their team.
    #expect(Set(["child", "professional", "team"]).isSubset(of: read))
  }

  @Test func timelinessReadsChildrenPeriodsReviewsAndWhatTheyName() {
    let schema = Self.pack.schema
    let rule = Self.pack.rule("reviews_within_timescale")!
    let reading = ImportSelection(schema: schema, rules: [rule])
    let read = schema.types.indices.filter { reading.reads[$0] }.map { schema.types[$0].name }
    #expect(read == ["child", "period", "review", "professional", "team"])
  }

  @Test func aBadProfessionalStillExcludesTheReviewNamingItWhenNotesAreNotRead() throws {
    var files = DemoExport.files
    let professionals = String(decoding: files["professionals.csv"]!, as: UTF8.self)
    files["professionals.csv"] = Array(
      professionals.replacingOccurrences(
        of: "IRO01,Farid Baker,iro,", with: "IRO01,Farid Baker,judge,"
      ).utf8)
    let schema = Self.pack.schema
    let reading = ImportSelection(
      schema: schema, rules: [Self.pack.rule("reviews_within_timescale")!])
    let result = CanonicalImporter(schema: schema).load(
      files: files, directory: "export", reading: reading)
    let review = try #require(schema.typeIndex("review"))
    let chair = try #require(schema.types[review].fieldIndex("chair_id"))
    let reviews = result.dataset.tables[review]
    let chairs = (0..<reviews.count).compactMap { reviews.columns[chair].text($0) }
    #expect(!chairs.contains("IRO01"))
    let dangling = result.diagnostics.filter { $0.kind == "dangling reference" }
    let first = try #require(dangling.first)
    #expect(first.location == SourceLocation(file: "export/reviews.csv", line: 2, column: 6))
    #expect(
      first.message == "chair_id 'IRO01' names no loaded professional (its row 2 in"
        + " professionals.csv is excluded for errors)")
  }

  @Test func theNoteNamesTheFilesNotReadInSchemaOrder() throws {
    let schema = Self.pack.schema
    let reading = ImportSelection(
      schema: schema, rules: [Self.pack.rule("reviews_within_timescale")!])
    let result = CanonicalImporter(schema: schema).load(
      files: DemoExport.files, directory: "export", reading: reading)
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "note: not read, as no rule scored reads them: episodes.csv, permanence_plans.csv,"
          + " allocations.csv, notes.csv, escalations.csv, escalation_stages.csv,"
          + " escalation_actions.csv (run 'caseaudit data check' to check every file)"
      ])
    let notes = try #require(result.counts.first { $0.type == "note" })
    #expect(!notes.provided && notes.loaded == 0 && notes.excluded == 0)
  }
}
