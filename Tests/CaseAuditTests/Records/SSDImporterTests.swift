import Foundation
import Testing

@testable import CaseAudit

private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!

/// A small SSD dump: two children in care (one with no date of birth), a person who is not,
/// SQL Server datetimes, NULL and -1 for nothing, local role codes and participation text.
private let dump: [String: String] = [
  "mapping.yaml": """
  types:
    allocation:
      values:
        role: {IRO: iro, CW: social_worker, "*": other}
    review:
      values:
        participation:
          Child attends and speaks for self: PN1
          Child did not attend: PN7

  """,
  "ssd_cla_episodes.csv": """
  clae_cla_episode_id,clae_person_id,clae_cla_placement_id,clae_cla_episode_start_date,\
  clae_cla_episode_start_reason,clae_cla_primary_need_code,clae_cla_episode_ceased_date,\
  clae_cla_episode_ceased_reason,clae_cla_id,clae_referral_id,clae_cla_last_iro_contact_date,\
  clae_entered_care_date
  E1,101,PL1,2021-04-06 00:00:00.000,Started to be looked after,N1,2021-06-01 00:00:00.000,\
  Change of placement,CLA1,-1,NULL,2021-04-06 00:00:00.000
  E2,101,PL2,2021-06-01 00:00:00.000,Change of placement,N1,NULL,NULL,CLA1,-1,NULL,\
  2021-04-06 00:00:00.000
  E3,102,-1,2021-09-01 00:00:00.000,Started,N1,NULL,NULL,CLA2,-1,NULL,NULL

  """,
  "ssd_cla_reviews.csv": """
  clar_cla_review_id,clar_cla_id,clar_cla_review_due_date,clar_cla_review_date,\
  clar_cla_review_cancelled,clar_cla_review_participation
  R1,CLA1,2021-05-05 00:00:00.000,2021-05-04 00:00:00.000,N,Child attends and speaks for self
  R2,CLA1,2021-08-04 00:00:00.000,2021-08-10 00:00:00.000,N,Child did not attend
  R3,CLA2,NULL,2021-09-20 00:00:00.000,N,Child sang a song

  """,
  "ssd_department.csv": """
  dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name
  T1,IRO Service,-1,NULL
  T2,Children in Care,-1,NULL

  """,
  "ssd_involvements.csv": """
  invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_professional_team,\
  invo_person_id,invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,\
  invo_referral_id
  I1,P1,IRO,T1,101,2021-04-08 00:00:00.000,NULL,NULL,-1
  I2,P2,CW,T2,101,2021-04-06 00:00:00.000,NULL,NULL,-1
  I3,P2,KAPAD,T2,102,2021-09-01 00:00:00.000,NULL,NULL,-1

  """,
  "ssd_person.csv": """
  pers_person_id,pers_sex,pers_dob,pers_ethnicity
  101,M,2012-03-01 00:00:00.000,WBRI
  102,F,NULL,WBRI
  999,F,2000-01-01 00:00:00.000,WBRI

  """,
  "ssd_professionals.csv": """
  prof_professional_id,prof_staff_id,prof_professional_name
  P1,S1,Ada Brown
  P2,S2,Ben Cole

  """,
]

private func importDump(_ files: [String: String]) throws -> (ImportResult, String) {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("ssd-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  for (name, text) in files {
    try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }
  let (mapping, problems) = ExportMappingLoader.load(
    path: folder + "/mapping.yaml", schema: iro.schema)
  #expect(problems.isEmpty)
  let result = ExportLoader.load(folder, schema: iro.schema, mapping: mapping)
  return (result, folder)
}

private func column(_ result: ImportResult, _ type: String, _ field: String) -> [String] {
  let index = result.dataset.schema.typeIndex(type)!
  let fieldIndex = result.dataset.schema.types[index].fieldIndex(field)!
  return result.dataset.tables[index].columns[fieldIndex].values.map { result.dataset.render($0) }
}

@Suite struct SSDImporterTests {
  @Test func aDumpIsReadThroughTheMapping() throws {
    let (result, folder) = try importDump(dump)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(ExportLoader.detect(folder, schema: iro.schema) == .ssd)
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "\(folder)/ssd_cla_reviews.csv:4:6: error: 'Child sang a song' has no mapping for"
          + " 'participation'; add it under types: review: values: participation: in"
          + " \(folder)/mapping.yaml"
      ])
    #expect(column(result, "child", "child_id") == ["101", "102"])
    #expect(column(result, "child", "dob") == ["2012-03-01", "unknown"])
    #expect(column(result, "period", "start") == ["2021-04-06", "2021-09-01"])
    #expect(column(result, "period", "end") == ["unknown", "unknown"])
    #expect(column(result, "episode", "period_id") == ["CLA1", "CLA1", "CLA2"])
    #expect(column(result, "review", "participation") == ["PN1", "PN7"])
    #expect(column(result, "allocation", "role") == ["social_worker", "iro", "other"])
    #expect(column(result, "professional", "team_id") == ["T1", "T2"])
    #expect(result.counts.map(\.loaded) == [2, 2, 3, 2, 0, 2, 2, 3, 0, 0, 0, 0])
    #expect(result.dataset.provided[result.dataset.schema.typeIndex("note")!] == false)
  }

  @Test func withoutAMappingLocalCodesAreErrors() throws {
    var files = dump
    files["mapping.yaml"] = "types: {}\n"
    let (result, folder) = try importDump(files)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(
      result.diagnostics.map { $0.rendered() }.first
        == "\(folder)/ssd_cla_reviews.csv:2:6: error: 'Child attends and speaks for self' is not"
        + " a code of 'participation'; expected one of PN0, PN1, PN2, PN3, PN4, PN5, PN6, PN7")
    #expect(result.counts[result.dataset.schema.typeIndex("allocation")!].excluded == 3)
  }

  /// A row left out for a bad value leaves its child's records of the type (and, for an
  /// episode, the periods and reviews formed from it) unknown: child 101's only IRO
  /// allocation, or an episode of its period, excluded must not read as no IRO allocated.
  @Test(arguments: [
    ("ssd_involvements.csv", "IRO,T1,101,2021-04-08 00:00:00.000,NULL",
     "IRO,T1,101,2021-04-08 00:00:00.000,soon"),
    ("ssd_cla_episodes.csv", "N1,2021-06-01 00:00:00.000,Change",
     "N1,2021-06-31 00:00:00.000,Change"),
  ])
  func anExcludedRowLeavesItsChildUnknown(_ edit: (String, String, String)) throws {
    let (file, row, broken) = edit
    let context = AuditContext(
      asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
      periodEnd: Day(iso: "2022-03-31"))
    let scorer = Scorer(pack: iro, only: ["iro_allocated_promptly"])
    let (whole, wholeFolder) = try importDump(dump)
    defer { try? FileManager.default.removeItem(atPath: wholeFolder) }
    let before = scorer.score(whole.dataset, context: context)
    #expect(before.map(\.caseID) == ["101", "102"])
    #expect(before.map { $0.findings[0].outcome } == [.met, .notMet])
    var files = dump
    let text = try #require(files[file])
    #expect(text.contains(row))
    files[file] = text.replacingOccurrences(of: row, with: broken)
    let (result, folder) = try importDump(files)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Only the edited row is left out besides the dump's unmapped review.
    let excluded = { (result: ImportResult) in result.counts.map(\.excluded).reduce(0, +) }
    #expect(excluded(result) == excluded(whole) + 1)
    let after = scorer.score(result.dataset, context: context)
    #expect(after.map(\.caseID) == ["101", "102"])
    #expect(after.map { $0.findings[0].outcome } == [.insufficientEvidence, .notMet])
  }
}
