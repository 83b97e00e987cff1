import ArgumentParser
import CaseAudit

/// The as-at date and audit period a census or a comparison is scored against.
struct ContextArguments: ParsableArguments {
  @Option(
    name: .customLong("as-at"), help: "The as-at date (YYYY-MM-DD); default: the period's end.")
  var asAt: String?

  @Option(help: "The audit period, START..END (both ISO dates).")
  var period: String?

  /// The context; without an as-at date the period's end is the as-at date.
  func context() throws -> AuditContext {
    var context = AuditContext()
    if let period {
      // Both ends, as for report and plans' periods: '2021-04-01..' cut short by a careless
      // paste would otherwise be taken as a period with no end and no as-at date.
      guard let (start, end) = AuditContext.parsePeriod(period), start != nil, end != nil else {
        throw ValidationError(
          "--period '\(period)' must be START..END with both ISO dates, START first, e.g."
            + " 2021-04-01..2022-03-31")
      }
      (context.periodStart, context.periodEnd) = (start, end)
    }
    context.asAt = context.periodEnd
    if let asAt {
      guard let day = Day(iso: asAt) else {
        throw ValidationError("--as-at '\(asAt)' is not a date (YYYY-MM-DD)")
      }
      context.asAt = day
    }
    if let warning = context.asAtWarning {
      DiagnosticPrinter.print([Diagnostic(.warning, warning)])
    }
    return context
  }
}
