extension ChildGenerator {
  /// A child's main period of care: when and at what age it began, and how it ended.
  struct CareHistory {
    /// The child's date of birth.
    var dob: Day
    /// Age in whole years on becoming looked after.
    var entryAge: Int
    /// The period, open (no end) when it outlasts the export's as-at date.
    var period: Period
    /// Why it ended; nil while open.
    var ending: CareHistoryDistributions.Reason?
  }

  /// The first day of the seven reporting years the export covers (1 April 2015 for 2021-22).
  var historyStart: Day { options.yearStart.shifted(months: -12 * 6) }

  /// The child's main period: its start placed by `entryDay`, then age, path and end drawn from
  /// the flows of `CareHistoryDistributions`. A period that began before the seven years is
  /// drawn again until it reaches them, so every child is looked after on some day of them.
  mutating func careHistory() -> CareHistory {
    let start = entryDay()
    var history = careHistory(startingOn: start)
    var tries = 1
    // Bounded: a start 24 years back can only reach the seven years from birth, which is rare.
    while tries < 1_000, let end = history.period.end, end <= historyStart {
      history = careHistory(startingOn: start)
      tries += 1
    }
    return history
  }

  /// The day the child's main period begins. Children are spread over the entry years by a
  /// low-discrepancy sequence of their index (the golden ratio's), so each year holds its share
  /// of any export within a child or two, and more children never move the first ones.
  private func entryDay() -> Day {
    var offset = RandomSource(seed: options.seed, stream: 0xFFFF_FFFE)
    let position = (offset.unit() + Double(index) * 0.618_033_988_749_894_8)
      .truncatingRemainder(dividingBy: 1)
    let weights = CareHistoryDistributions.entriesByYear
    var target = position * weights.reduce(0, +)
    var year = 0
    while year < weights.count - 1 && target >= weights[year] {
      target -= weights[year]
      year += 1
    }
    let first = options.yearStart.shifted(months: 12 * (year - weights.count + 1))
    let days = first.shifted(months: 12).number - first.number
    return first.shifted(days: min(days - 1, Int(target / weights[year] * Double(days))))
  }

  private mutating func careHistory(startingOn start: Day) -> CareHistory {
    let age = random.weighted(CareHistoryDistributions.ageOnEntry)
    let newborn = age == 0 && random.chance(CareHistoryDistributions.newbornShare)
    let dob = start.shifted(months: -12 * age)
      .shifted(days: -random.int(in: newborn ? 0...13 : 0...364))
    let eighteen = dob.shifted(months: 12 * 18)
    var end: Day
    var ending: CareHistoryDistributions.Reason
    if age < 4, random.chance(CareHistoryDistributions.adoptionByEntryAge[age]) {
      end = start.shifted(days: random.int(in: 329...913))
      ending = CareHistoryDistributions.adopted
    } else if random.chance(CareHistoryDistributions.longStayChance(entryAge: age)) {
      end = stayEnd(from: start, monthly: CareHistoryDistributions.longStayMonthlyEnd, by: eighteen)
      ending = random.pick(CareHistoryDistributions.longStayEnded)
    } else {
      end = stayEnd(
        from: start, monthly: CareHistoryDistributions.shortStayMonthlyEnd, by: eighteen)
      end = max(end, start.shifted(days: 14))
      ending = random.pick(CareHistoryDistributions.shortStayEnded)
    }
    if end >= eighteen {
      end = eighteen
      ending = random.pick(CareHistoryDistributions.atEighteen)
    }
    let open = end > options.yearEnd
    return CareHistory(
      dob: dob, entryAge: age,
      period: Period(id: childID + "-P2", start: start, end: open ? nil : end),
      ending: open ? nil : ending)
  }

  /// The end of a stay that ends in each month with a fixed chance, on a day within that month;
  /// months are counted no further than `limit` (the 18th birthday).
  private mutating func stayEnd(from start: Day, monthly chance: Double, by limit: Day) -> Day {
    let most = (limit.number - start.number) / 28 + 1
    var months = 0
    while months < most && !random.chance(chance) { months += 1 }
    return start.shifted(months: months).shifted(days: random.int(in: 0...29))
  }
}
