/// The files of a canonical export being written, one CSV buffer per record type.
public struct ExportBuffers: Sendable {
  /// File names and their headers, in the canonical export's column order (records.md).
  public static let layout: [(file: String, header: [String])] = [
    ("children.csv", ["child_id", "dob", "sex", "ethnicity", "uasc"]),
    ("periods.csv", ["period_id", "child_id", "start", "end", "end_reason"]),
    (
      "episodes.csv",
      [
        "episode_id", "child_id", "period_id", "start", "end", "legal_status",
        "placement", "reason_new", "reason_ceased",
      ]
    ),
    (
      "reviews.csv",
      [
        "review_id", "child_id", "period_id", "held_on", "participation", "chair_id",
        "record_issued_on", "cancelled",
      ]
    ),
    ("permanence_plans.csv", ["plan_id", "child_id", "plan", "recorded_on"]),
    ("professionals.csv", ["professional_id", "name", "role", "team_id"]),
    ("teams.csv", ["team_id", "name"]),
    ("allocations.csv", ["allocation_id", "child_id", "professional_id", "role", "start", "end"]),
    ("notes.csv", ["note_id", "child_id", "date", "type", "author_id"]),
    (
      "escalations.csv",
      [
        "escalation_id", "child_id", "raised_on", "raised_by", "theme",
        "stage_reached", "resolved_on", "resolved_at_stage",
      ]
    ),
    (
      "escalation_stages.csv",
      [
        "stage_id", "escalation_id", "stage", "entered_on", "addressed_to",
        "response_due_on", "responded_on",
      ]
    ),
    (
      "escalation_actions.csv",
      [
        "action_id", "escalation_id", "description", "owner_id", "due_on",
        "completed_on",
      ]
    ),
  ]

  var children = CSVBuffer(header: layout[0].header)
  var periods = CSVBuffer(header: layout[1].header)
  var episodes = CSVBuffer(header: layout[2].header)
  var reviews = CSVBuffer(header: layout[3].header)
  var plans = CSVBuffer(header: layout[4].header)
  var professionals = CSVBuffer(header: layout[5].header)
  var teams = CSVBuffer(header: layout[6].header)
  var allocations = CSVBuffer(header: layout[7].header)
  var notes = CSVBuffer(header: layout[8].header)
  var escalations = CSVBuffer(header: layout[9].header)
  var stages = CSVBuffer(header: layout[10].header)
  var actions = CSVBuffer(header: layout[11].header)

  /// Creates empty buffers.
  public init() {}

  /// The buffers in layout order, with their file names.
  public var files: [(file: String, buffer: CSVBuffer)] {
    let buffers = [
      children, periods, episodes, reviews, plans, professionals, teams, allocations,
      notes, escalations, stages, actions,
    ]
    return zip(ExportBuffers.layout, buffers).map { ($0.0.file, $0.1) }
  }

  /// Appends another part's rows after these, file by file.
  mutating func append(_ other: ExportBuffers) {
    children.append(rowsOf: other.children)
    periods.append(rowsOf: other.periods)
    episodes.append(rowsOf: other.episodes)
    reviews.append(rowsOf: other.reviews)
    plans.append(rowsOf: other.plans)
    professionals.append(rowsOf: other.professionals)
    teams.append(rowsOf: other.teams)
    allocations.append(rowsOf: other.allocations)
    notes.append(rowsOf: other.notes)
    escalations.append(rowsOf: other.escalations)
    stages.append(rowsOf: other.stages)
    actions.append(rowsOf: other.actions)
  }
}
