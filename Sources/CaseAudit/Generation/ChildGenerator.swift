/// Generates one synthetic child's records: the child, periods and episodes of care, then
/// (through its extensions) reviews, plans, allocations, notes and escalations.
struct ChildGenerator {
  /// A period of care being generated.
  struct Period {
    var id: String
    var start: Day
    var end: Day?
    var reviews: [Day] = []
  }

  /// The child's place in the export, which places its entry into care (see `entryDay`).
  let index: Int
  let options: GeneratorOptions
  let calendar: HolidayCalendar
  let staff: ServiceStaff
  let childID: String
  var random: RandomSource
  var out: ExportBuffers
  var noteCount = 0
  var iro: ServiceStaff.Person
  var team: Int
  var socialWorker: ServiceStaff.Person
  /// IRO allocations as (start, end, IRO), to name the chair of each review.
  var iroSpells: [(start: Day, end: Day?, iro: ServiceStaff.Person)] = []

  init(index: Int, options: GeneratorOptions, calendar: HolidayCalendar, staff: ServiceStaff) {
    self.index = index
    self.options = options
    self.calendar = calendar
    self.staff = staff
    childID = "C" + String(100_000 + index)
    random = RandomSource(seed: options.seed, stream: UInt64(index))
    out = ExportBuffers()
    iro = staff.iros[random.weighted(ServiceStaff.iroWeights)]
    team = random.weighted(ServiceStaff.teams.map(\.weight))
    let workers = staff.socialWorkers[team]
    socialWorker = workers[random.int(in: 0...(workers.count - 1))]
  }

  /// Generates everything for the child and returns the filled buffers.
  mutating func generate() -> ExportBuffers {
    let boy = random.chance(ReferenceDistributions.boyShare)
    let history = careHistory()
    let dob = history.dob
    let missingDOB = random.chance(options.rate("missing_dob"))
    let uasc = history.entryAge >= 13 && random.chance(0.15)
    out.children.append(
      childID, missingDOB ? "" : dob.description, boy ? "1" : "2",
      random.pick(ReferenceDistributions.ethnicity), uasc ? "true" : "false")
    if random.chance(0.08), let earlier = earlierPeriod(before: history.period.start, dob: dob) {
      emit(earlier, dob: dob, ending: random.pick(CareHistoryDistributions.earlierPeriodEnded))
    }
    emit(history.period, dob: dob, ending: history.ending)
    return out
  }

  private mutating func earlierPeriod(before start: Day, dob: Day) -> Period? {
    let end = start.shifted(days: -random.int(in: 30...200))
    let begin = end.shifted(days: -random.int(in: 120...900))
    guard begin > dob else { return nil }
    return Period(id: childID + "-P1", start: begin, end: end)
  }

  /// Writes a period with its episodes, allocations, reviews, plan, notes and escalations.
  private mutating func emit(
    _ period: Period, dob: Day, ending: CareHistoryDistributions.Reason?
  ) {
    out.periods.append(
      period.id, childID, period.start.description, period.end?.description ?? "",
      ending?.code ?? "")
    emitEpisodes(period, endReason: ending?.rec ?? "")
    emitAllocations(period)
    var withReviews = period
    withReviews.reviews = emitReviews(period, dob: dob)
    emitPermanencePlan(withReviews)
    emitNotes(withReviews, dob: dob)
    emitEscalations(withReviews)
  }

  private mutating func emitEpisodes(_ period: Period, endReason: String) {
    let last = period.end ?? options.yearEnd
    let count = 1 + random.weighted([0.5, 0.3, 0.2])
    var boundaries = [period.start]
    for _ in 1..<count where last.number - boundaries.last!.number > 20 {
      boundaries.append(
        random.day(from: boundaries.last!.shifted(days: 7), to: last.shifted(days: -7)))
    }
    var status = random.pick(ReferenceDistributions.legalStatus)
    for (index, start) in boundaries.enumerated() {
      let isLast = index == boundaries.count - 1
      let end = isLast ? period.end : boundaries[index + 1]
      if index > 0 && status == "C1" && random.chance(0.5) { status = "C2" }
      out.episodes.append(
        "\(period.id)-E\(index + 1)", childID, period.id, start.description,
        end?.description ?? "", status, random.pick(ReferenceDistributions.placement),
        index == 0 ? "S" : "P", isLast ? (period.end == nil ? "" : endReason) : "X1")
    }
  }

  /// The working day on or before a day.
  func workingDay(onOrBefore day: Day) -> Day {
    var current = day
    while !calendar.isWorkingDay(current) { current = current.shifted(days: -1) }
    return current
  }

  /// The working day on or after a day.
  func workingDay(onOrAfter day: Day) -> Day {
    var current = day
    while !calendar.isWorkingDay(current) { current = current.shifted(days: 1) }
    return current
  }
}
