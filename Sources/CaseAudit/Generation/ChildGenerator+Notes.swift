extension ChildGenerator {
  /// IRO notes between reviews and before them, and social workers' statutory visits.
  mutating func emitNotes(_ period: Period, dob: Day) {
    for (index, review) in period.reviews.enumerated() {
      if index > 0, !random.chance(options.rate("missing_footprint")) {
        let previous = period.reviews[index - 1]
        if review.number - previous.number > 2 {
          for _ in 0..<(1 + random.weighted([0.6, 0.4])) {
            let date = random.day(from: previous.shifted(days: 1), to: review.shifted(days: -1))
            note(date, random.chance(0.6) ? "iro_monitoring" : "midway_review", iro(on: date).id)
          }
        }
      }
      if review.age(bornOn: dob) >= 4, !random.chance(options.rate("missing_consultation")) {
        let date = calendar.addingWorkingDaysForSynthesis(-random.int(in: 0...18), to: review)
        note(date, random.chance(0.6) ? "iro_visit" : "iro_consultation", iro(on: review).id)
      }
    }
    var visit = max(period.start.shifted(days: random.int(in: 1...7)), options.yearStart)
    while visit <= lastDay(period) {
      note(visit, "statutory_visit", socialWorker.id)
      visit = visit.shifted(days: random.int(in: 35...42))
    }
  }

  /// Writes one note.
  mutating func note(_ date: Day, _ type: String, _ author: String) {
    noteCount += 1
    out.notes.append("\(childID)-N\(noteCount)", childID, date.description, type, author)
  }
}
