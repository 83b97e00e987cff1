import Foundation
import Testing

@testable import CaseAudit

private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!

/// Writes a return's files into a fresh temporary folder and imports it.
private func importReturn(_ files: [String: String], previous: [String: String]? = nil) throws
  -> (ImportResult, String)
{
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("ssda903-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(
    atPath: folder + "/previous", withIntermediateDirectories: true)
  for (name, text) in files {
    try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }
  for (name, text) in previous ?? [:] {
    try text.write(toFile: folder + "/previous/" + name, atomically: true, encoding: .utf8)
  }
  let result = SSDA903Importer(schema: iro.schema)
    .load(directory: folder, previous: previous == nil ? nil : folder + "/previous")
  return (result, folder)
}

private func column(_ result: ImportResult, _ type: String, _ field: String) -> [String] {
  let index = result.dataset.schema.typeIndex(type)!
  let fieldIndex = result.dataset.schema.types[index].fieldIndex(field)!
  return result.dataset.tables[index].columns[fieldIndex].values.map { result.dataset.render($0) }
}

private let header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,1,01/02/2010,WBRI,,,\n"
private let episodesHeader =
  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"

@Suite struct SSDA903ImporterTests {
  @Test func chainsOfEpisodesMakePeriodsAndReentryStartsAnother() throws {
    let episodes =
      episodesHeader + """
        A1,01/05/2021,S,C1,N1,U6,PR1,20/06/2021,X1,,,,
        A1,20/06/2021,P,C2,N1,U4,PR1,10/09/2021,E4A,,,,
        A1,01/12/2021,S,V2,N1,K2,PR1,,,,,,

        """
    let reviews =
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,27/05/2021,PN1\nA1,01/02/2010,15/12/2021,PN7\n"
    let (result, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": episodes, "Reviews.csv": reviews])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(result.diagnostics.map { $0.rendered() } == [])
    #expect(column(result, "period", "start") == ["2021-05-01", "2021-12-01"])
    #expect(column(result, "period", "end") == ["2021-09-10", "unknown"])
    #expect(column(result, "period", "end_reason") == ["E4A", "unknown"])
    #expect(column(result, "episode", "period_id") == ["A1-P1", "A1-P1", "A1-P2"])
    #expect(column(result, "review", "period_id") == ["A1-P1", "A1-P2"])
    #expect(column(result, "review", "participation") == ["PN1", "PN7"])
    #expect(result.counts.map(\.loaded).prefix(4) == [1, 2, 3, 2])
    #expect(SSDA903Importer.looksLikeReturn(folder))
    #expect(ExportLoader.detect(folder, schema: iro.schema) == .ssda903)
  }

  @Test func aPeriodBegunBeforeTheReturnIsRecoveredFromThePreviousYear() throws {
    let current = episodesHeader + "A1,01/03/2021,P,C2,N1,U4,PR1,,,,,,\n"
    let earlier =
      episodesHeader + """
        A1,10/06/2019,S,C1,N1,U6,PR1,01/03/2021,X1,,,,

        """
    let reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,20/05/2021,PN1\n"
    let (alone, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": current, "Reviews.csv": reviews])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(
      alone.diagnostics.map { $0.rendered() } == [
        "\(folder)/Episodes.csv:2:1: warning: the child's earliest episode here (RNE 'P') continues"
          + " a period of care that began earlier; the period is taken to start on 2021-03-01 (give"
          + " the previous year's return with --previous to recover its start)"
      ])
    #expect(column(alone, "period", "reviews_recorded_from") == ["2021-04-01"])
    let (both, bothFolder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": current, "Reviews.csv": reviews],
      previous: ["Header.csv": header, "Episodes.csv": earlier])
    defer { try? FileManager.default.removeItem(atPath: bothFolder) }
    #expect(both.diagnostics.map { $0.rendered() } == [])
    #expect(column(both, "period", "start") == ["2019-06-10"])
    #expect(column(both, "episode", "start") == ["2019-06-10", "2021-03-01"])
  }

  @Test func aPreviousReturnWithoutEpisodesIsAnError() throws {
    let current = episodesHeader + "A1,01/05/2021,S,C1,N1,U6,PR1,,,,,,\n"
    let (result, folder) = try importReturn(
      [
        "Header.csv": header, "Episodes.csv": current,
        "Reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,20/05/2021,PN1\n",
      ], previous: [:])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "error: no Episodes table in the previous year's return '\(folder)/previous' (a CSV whose"
          + " header has CHILD, DEC, DECOM, LS, PLACE, REC, RNE)"
      ])
  }

  /// A previous return also holds the children who left care during it; they are not in this
  /// year's Header, and their rows are not errors of this import.
  @Test func childrenWhoLeftInThePreviousYearAreNotErrors() throws {
    let current = episodesHeader + "A1,01/03/2021,P,C2,N1,U4,PR1,,,,,,\n"
    let earlier =
      episodesHeader + """
        A1,10/06/2019,S,C1,N1,U6,PR1,01/03/2021,X1,,,,
        B2,05/05/2020,S,V2,N1,U6,PR1,20/01/2021,E13,,,,

        """
    let earlierHeader = header + "B2,1,12/12/2008,WBRI,,,\n"
    let reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,20/05/2021,PN1\n"
    let earlierReviews =
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,20/11/2020,PN1\nB2,12/12/2008,01/06/2020,PN7\n"
    let (result, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": current, "Reviews.csv": reviews],
      previous: [
        "Header.csv": earlierHeader, "Episodes.csv": earlier, "Reviews.csv": earlierReviews,
      ])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(result.diagnostics.map { $0.rendered() } == [])
    #expect(column(result, "child", "child_id") == ["A1"])
    #expect(column(result, "period", "start") == ["2019-06-10"])
    #expect(column(result, "review", "held_on") == ["2020-11-20", "2021-05-20"])
  }

  @Test func malformedRowsAreErrorsAtTheirCells() throws {
    let episodes =
      episodesHeader + """
        A1,2021-05-01,S,C1,N1,U6,PR1,,,,,,
        B9,01/05/2021,S,C1,N1,U6,PR1,,,,,,
        A1,01/06/2021,S,C1,N1,U6,PR1,01/05/2021,E8,,,,

        """
    let reviews =
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,31/06/2021,PN1\nA1,01/02/2010,01/07/2021,PN9\n"
    let (result, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": episodes, "Reviews.csv": reviews])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "\(folder)/Episodes.csv:2:2: error: '2021-05-01' is not a date (DD/MM/YYYY) for 'DECOM'",
        "\(folder)/Episodes.csv:3:1: error: CHILD 'B9' is not in the Header table",
        "\(folder)/Episodes.csv:4:8: error: DEC 2021-05-01 is before DECOM 2021-06-01",
        "\(folder)/Reviews.csv:2:3: error: '31/06/2021' is not a date (DD/MM/YYYY) for 'REVIEW'",
        "\(folder)/Reviews.csv:3:4: error: 'PN9' is not a code of 'REVIEW_CODE'; did you mean"
          + " 'PN0'?",
      ])
    #expect(result.counts.map(\.excluded).prefix(4) == [0, 0, 3, 2])
  }

  /// The same placing as the canonical importer's: a review on the day one period ends and the
  /// next begins is in both, so in neither (it used to go to the later one silently).
  @Test func aReviewInNoPeriodOrTwoIsReportedAndHasNone() throws {
    let episodes =
      episodesHeader + """
        A1,01/05/2021,S,C1,N1,U6,PR1,20/06/2021,E4A,,,,
        A1,20/06/2021,S,C2,N1,U4,PR1,,,,,,

        """
    let reviews =
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,27/05/2021,PN1\n"
      + "A1,01/02/2010,20/06/2021,PN1\nA1,01/02/2010,10/04/2021,PN1\n"
    let (result, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": episodes, "Reviews.csv": reviews])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let consequence = ": its period is unknown, so rules that need it give insufficient evidence"
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "\(folder)/Reviews.csv:3:3: warning: the review held on '2021-06-20' falls in 2 periods"
          + " of care of the child ('A1-P1', 'A1-P2')" + consequence,
        "\(folder)/Reviews.csv:4:3: warning: the review held on '2021-04-10' falls in no period"
          + " of care of the child" + consequence,
      ])
    #expect(column(result, "review", "period_id") == ["unknown", "A1-P1", "unknown"])
  }

  /// A review left out for a bad code leaves the child's reviews unknown: the next one is not
  /// timed from the review before it.
  @Test func aChildThatLostAReviewHasItsReviewsUnknown() throws {
    let episodes = episodesHeader + "A1,15/03/2021,S,C1,N1,U6,PR1,,,,,,\n"
    let reviews =
      "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2010,13/04/2021,PN1\n"
      + "A1,01/02/2010,02/07/2021,PN9\nA1,01/02/2010,20/12/2021,PN1\n"
    let (result, folder) = try importReturn(
      ["Header.csv": header, "Episodes.csv": episodes, "Reviews.csv": reviews])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(result.counts[3].excluded == 1)
    let end = Day(iso: "2022-03-31")!
    let scored = Scorer(pack: iro, only: ["reviews_within_timescale", "no_overdue_review"]).score(
      result.dataset, context: AuditContext(asAt: end))
    #expect(scored[0].findings.map(\.outcome) == [.insufficientEvidence, .insufficientEvidence])
  }

  @Test func generatedReturnsRoundTrip() throws {
    var options = GeneratorOptions(children: 200, seed: 8)
    options.rates["review_without_period"] = 0
    let export = SyntheticExport(options: options, calendar: iro.calendar)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("ssda903-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let written = try export.writeSSDA903(to: folder, schema: iro.schema)
    let result = SSDA903Importer(schema: iro.schema).load(
      directory: folder, previous: folder + "/previous")
    #expect(!result.hasErrors)
    // Every review of the two years is loaded once, whichever return it came from, but for the
    // previous year's of the children who left care in it (not in this year's Header).
    func children(_ buffer: CSVBuffer) -> [Substring] {
      String(decoding: buffer.bytes, as: UTF8.self).split(separator: "\n").dropFirst()
        .map { $0.prefix { $0 != "," } }
    }
    let current = Set(children(written[0].files[0].buffer))
    let reviews = written.reduce(0) {
      $0 + children($1.files[2].buffer).filter { current.contains($0) }.count
    }
    #expect(reviews > written[0].files[2].buffer.rowCount)
    #expect(children(written[1].files[0].buffer).contains { !current.contains($0) })
    #expect(result.counts[3].loaded == reviews)
    #expect(result.counts[0].loaded == written[0].files[0].buffer.rowCount)
  }
}
