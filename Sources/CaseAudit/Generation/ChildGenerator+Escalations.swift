extension ChildGenerator {
  /// Escalations in the reporting year and the year before, month by month at the reference
  /// report's rates per child looked after, by its themes and stages, with stages, actions,
  /// owners and due dates; some drift.
  mutating func emitEscalations(_ period: Period) {
    let last = lastDay(period)
    var count = 0
    for (year, rates) in ReferenceDistributions.escalationsByMonth.enumerated() {
      let yearStart = options.yearStart.shifted(months: 12 * (year - 1))
      let perMonth = rates.map { $0 / ReferenceDistributions.childrenPerEscalationRate }
      for (month, rate) in perMonth.enumerated() {
        let monthStart = yearStart.shifted(months: month)
        let monthEnd = monthStart.shifted(months: 1).shifted(days: -1)
        let first = max(monthStart, period.start)
        let final = min(monthEnd, last)
        guard first <= final else { continue }
        let share = Double(final.number - first.number + 1)
          / Double(monthEnd.number - monthStart.number + 1)
        guard random.chance(rate * share) else { continue }
        let raised = workingDay(onOrAfter: random.day(from: first, to: final))
        guard raised <= last else { continue }
        count += 1
        emitEscalation(id: "\(period.id)-X\(count)", raised: raised)
      }
    }
  }

  private mutating func emitEscalation(id: String, raised: Day) {
    let stage = random.pick(ReferenceDistributions.stageReached)
    let formal = stage != "informal"
    var resolved: Day?
    if !(formal && random.chance(options.rate("unresolved_escalation"))) {
      let days = random.pick([(1...5, 62.0), (6...27, 31.0), (29...60, 7.0)])
      resolved = workingDay(onOrAfter: raised.shifted(days: random.int(in: days)))
      if resolved! > options.yearEnd { resolved = nil }
    }
    out.escalations.append(
      id, childID, raised.description, iro(on: raised).id,
      random.pick(ReferenceDistributions.themes),
      stage, resolved?.description ?? "", resolved == nil ? "" : stage)
    emitStages(id: id, raised: raised, reached: stage, resolved: resolved)
    if formal { emitActions(id: id, raised: raised) }
  }

  private mutating func emitStages(id: String, raised: Day, reached: String, resolved: Day?) {
    let order = ["informal", "stage1", "stage2", "stage3", "stage4"]
    let manager = staff.managers[team].id
    let addressee = [
      "informal": socialWorker.id, "stage1": manager, "stage2": "HOS1", "stage3": "DIR1",
      "stage4": "DIR1",
    ]
    var entered = raised
    let stages =
      reached == "informal" ? ["informal"] : Array(order[1...order.firstIndex(of: reached)!])
    for (index, stage) in stages.enumerated() {
      let due = calendar.addingWorkingDaysForSynthesis(5, to: entered)
      let delay = random.chance(0.85) ? random.int(in: 1...5) : random.int(in: 6...10)
      var responded: Day? = calendar.addingWorkingDaysForSynthesis(delay, to: entered)
      let awaiting = resolved == nil && index == stages.count - 1
      if awaiting || responded! > options.yearEnd { responded = nil }
      out.stages.append(
        "\(id)-S\(index + 1)", id, stage, entered.description, addressee[stage] ?? manager,
        due.description, responded?.description ?? "")
      entered = calendar.addingWorkingDaysForSynthesis(random.int(in: 3...8), to: entered)
    }
  }

  private mutating func emitActions(id: String, raised: Day) {
    for number in 1...(1 + random.weighted([0.5, 0.35, 0.15])) {
      let owner =
        random.chance(options.rate("action_without_owner"))
        ? "" : (random.chance(0.7) ? socialWorker.id : staff.managers[team].id)
      let due: Day? =
        random.chance(options.rate("action_without_due_date"))
        ? nil : calendar.addingWorkingDaysForSynthesis(random.int(in: 5...20), to: raised)
      var completed: Day?
      if let due {
        switch random.weighted([0.8, 0.12, 0.08]) {
        case 0: completed = max(raised, due.shifted(days: -random.int(in: 0...5)))
        case 1: completed = due.shifted(days: random.int(in: 1...20))
        default: completed = nil
        }
        if let done = completed, done > options.yearEnd { completed = nil }
        let overdue = due < options.yearEnd && (completed.map { $0 > due } ?? true)
        if overdue && random.chance(0.7) {
          let follow = due.shifted(days: random.int(in: 0...10))
          if follow <= options.yearEnd { note(follow, "iro_monitoring", iro(on: follow).id) }
        }
      }
      out.actions.append(
        "\(id)-A\(number)", id, ReferenceDistributions.actions[random.int(in: 0...7)], owner,
        due?.description ?? "", completed?.description ?? "")
    }
  }
}
