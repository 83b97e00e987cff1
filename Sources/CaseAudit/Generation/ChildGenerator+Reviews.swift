extension ChildGenerator {
  /// The last day a period's records can fall on: its end or the export's as-at date.
  func lastDay(_ period: Period) -> Day { min(period.end ?? options.yearEnd, options.yearEnd) }

  /// The IRO allocated on a day.
  func iro(on day: Day) -> ServiceStaff.Person {
    iroSpells.last { $0.start <= day && ($0.end.map { day <= $0 } ?? true) }?.iro ?? iro
  }

  /// IRO and social-worker allocations, with an occasional change of IRO or worker.
  mutating func emitAllocations(_ period: Period) {
    let late = random.chance(options.rate("late_iro_allocation"))
    let delay = late ? random.int(in: 6...15) : random.int(in: 0...5)
    // A child who came into care in the as-at date's last days has an IRO by then: the pack's
    // rule would judge a later allocation, not yet due, as missing.
    let iroStart = min(
      calendar.addingWorkingDaysForSynthesis(delay, to: period.start), options.yearEnd)
    var spells: [(Day, Day?, ServiceStaff.Person)] = []
    let last = lastDay(period)
    if random.chance(0.1), last.number - iroStart.number > 60 {
      let change = random.day(from: iroStart.shifted(days: 30), to: last.shifted(days: -1))
      let next = staff.iros[(staff.iros.firstIndex { $0.id == iro.id }! + 1) % staff.iros.count]
      spells = [(iroStart, change, iro), (change.shifted(days: 1), period.end, next)]
    } else {
      spells = [(iroStart, period.end, iro)]
    }
    for (index, spell) in spells.enumerated() where spell.0 <= options.yearEnd {
      iroSpells.append((spell.0, spell.1, spell.2))
      out.allocations.append(
        "\(period.id)-A\(index + 1)", childID, spell.2.id, "iro", spell.0.description,
        spell.1?.description ?? "")
    }
    out.allocations.append(
      "\(period.id)-S1", childID, socialWorker.id, "social_worker", period.start.description,
      period.end?.description ?? "")
  }

  /// Reviews on the statutory timetable, a few late, with participation, chair and record.
  mutating func emitReviews(_ period: Period, dob: Day) -> [Day] {
    var held: [Day] = []
    var due = calendar.addingWorkingDaysForSynthesis(20, to: period.start)
    let last = lastDay(period)
    while true {
      var date: Day
      if random.chance(options.rate("late_review")) {
        date = workingDay(onOrAfter: due.shifted(days: random.int(in: 1...20)))
      } else {
        date = workingDay(onOrBefore: due.shifted(days: -random.int(in: 0...24)))
        let floor = held.last ?? period.start
        if date <= floor { date = workingDay(onOrBefore: due) }
        if date <= floor { date = due }
      }
      guard date <= last else { break }
      if random.chance(0.01), let previous = held.last, date.number - previous.number > 3 {
        let cancelled = random.day(from: previous.shifted(days: 1), to: date.shifted(days: -1))
        out.reviews.append(
          "\(period.id)-X\(held.count + 1)", childID, period.id, cancelled.description, "",
          iro(on: cancelled).id, "", "true")
      }
      held.append(date)
      emitReview(date, number: held.count, period: period, dob: dob)
      due = held.count == 1 ? date.shifted(months: 3) : date.shifted(months: 6)
    }
    return held
  }

  private mutating func emitReview(_ date: Day, number: Int, period: Period, dob: Day) {
    let participation: String
    if date.age(bornOn: dob) < 4 {
      participation = "PN0"
    } else if random.chance(options.rate("wrong_pn0")) {
      participation = "PN0"
    } else if random.chance(options.rate("missing_participation")) {
      participation = ""
    } else if random.chance(options.rate("declined")) {
      participation = "PN7"
    } else {
      participation = random.pick(ReferenceDistributions.participated)
    }
    var issued: Day?
    if !random.chance(options.rate("missing_record")) {
      let days =
        random.chance(options.rate("late_record"))
        ? random.int(in: 21...40) : random.int(in: 2...18)
      issued = calendar.addingWorkingDaysForSynthesis(days, to: date)
      if issued! > options.yearEnd { issued = nil }
    }
    let linked = !random.chance(options.rate("review_without_period"))
    out.reviews.append(
      "\(period.id)-R\(number)", childID, linked ? period.id : "", date.description, participation,
      iro(on: date).id, issued?.description ?? "", "false")
  }

  /// A permanence plan, mostly recorded by the second review.
  mutating func emitPermanencePlan(_ period: Period) {
    var recorded: Day?
    if period.reviews.count >= 2 {
      let second = period.reviews[1]
      if random.chance(options.rate("missing_permanence_plan")) {
        recorded = nil
      } else if random.chance(options.rate("late_permanence_plan")) {
        recorded = second.shifted(days: random.int(in: 1...60))
      } else {
        recorded = random.day(
          from: max(period.start, period.reviews[0].shifted(days: -20)), to: second)
      }
    } else if random.chance(0.6) {
      recorded = random.day(from: period.start, to: lastDay(period))
    }
    guard let recorded, recorded <= options.yearEnd else { return }
    out.plans.append(
      "\(period.id)-PP", childID, random.pick(ReferenceDistributions.permanencePlan),
      recorded.description)
  }
}
