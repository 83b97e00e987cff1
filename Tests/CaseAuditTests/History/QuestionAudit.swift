import Foundation
import Testing

@testable import CaseAudit

/// A recorded, complete audit of three children by a small pack with two practice questions,
/// in a temporary folder of its own (so tests run in parallel).
struct QuestionAudit {
  let folder: URL
  let run: AuditRun
  let store: HistoryStore
  let audit: Int64

  static let questions = """
    - id: plan_purposeful
      question: Is the plan purposeful?
      scale: [yes, partly, no, not_applicable]
      guidance: Read the plan.
      applies_to: reviews.exists(r, held(r))
    - id: views_heard
      question: Are the child's views heard?
      scale: [yes, no]
      guidance: Read the review.
    """

  /// C1 has a held review, C2 none, C3 one not yet held: only C1 is asked `plan_purposeful`.
  static let files: [String: String] = [
    "pack/pack.yaml": Fixture.manifest + "\nquestions: [questions/practice.yaml]\n",
    "pack/calendar.yaml": Fixture.calendar,
    "pack/schema.yaml": Fixture.schema,
    "pack/functions.yaml": Fixture.functions,
    "pack/rules/main.yaml": """
    - id: reviewed
      title: Reviewed
      expect: reviews.exists(r, held(r))
      examples:
        - {name: held, outcome: met, case: {reviews: [{held_on: 2021-05-01}]}}
        - {name: none, outcome: not_met, case: {}}
    """,
    "pack/questions/practice.yaml": questions,
    "data/children.csv": "child_id,dob,name\nC1,2010-01-01,\nC2,2011-01-01,\nC3,2012-01-01,\n",
    "data/periods.csv": "period_id,child_id,start,end\nP1,C1,2021-01-01,\nP2,C2,2021-01-01,\n"
      + "P3,C3,2021-01-01,\n",
    "data/reviews.csv": "review_id,child_id,period_id,held_on,cancelled\n"
      + "R1,C1,P1,2021-06-01,false\nR2,C3,P3,,false\n",
    "data/professionals.csv": "professional_id,name\n",
    "plan.yaml": """
    plan: probe
    title: Probe
    rules: pack
    data: data
    period: 2021-04-01..2022-03-31
    population: "true"
    sample: {size: 3, seed: 7}
    """,
  ]

  /// Writes the pack, data and plan, audits and records it.
  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-questions-\(UUID().uuidString)")
    for (path, text) in QuestionAudit.files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let (plan, diagnostics) = PlanLoader().load(path: folder.path + "/plan.yaml")
    let loaded = try #require(plan, "\(diagnostics.map { $0.rendered() })")
    run = AuditRun(plan: loaded, dataPath: try #require(loaded.dataPath), seed: 7)
    store = try HistoryStore(path: folder.path + "/history.sqlite")
    audit = try RecordedReport.write(
      AuditReport(run: run), of: run, formats: ["csv"], to: folder.path + "/report", in: store)
  }

  /// Removes the folder.
  func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}
