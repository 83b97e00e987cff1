import Foundation

/// Limits failed sign-ins, per account name and per address, over a sliding window: guessing a
/// password, or trying one password on every account, soon stops working.
actor SignInLimiter {
  /// Failures allowed per account name within the window.
  let perAccount: Int
  /// Failures allowed per address within the window.
  let perAddress: Int
  /// The window, in seconds.
  let window: TimeInterval
  private var failures: [String: [Date]] = [:]

  /// A limiter allowing `perAccount` and `perAddress` failures within `window` seconds.
  init(perAccount: Int = 5, perAddress: Int = 20, window: TimeInterval = 15 * 60) {
    self.perAccount = perAccount
    self.perAddress = perAddress
    self.window = window
  }

  /// The sentence the sign-in page shows about the limit.
  nonisolated var rule: String {
    "After \(perAccount) failed sign-ins to one account, or \(perAddress) from one address,"
      + " within \(Int(window / 60)) minutes, signing in there is refused until the oldest"
      + " falls outside those \(Int(window / 60)) minutes."
  }

  /// Seconds until a sign-in to `account` from `address` may be tried again, or nil if it may
  /// be tried now.
  func wait(account: String, address: String, now: Date = Date()) -> TimeInterval? {
    let waits = [
      wait(key: "account\u{0}" + account, limit: perAccount, now: now),
      wait(key: "address\u{0}" + address, limit: perAddress, now: now),
    ].compactMap { $0 }
    return waits.max()
  }

  /// Counts a failed sign-in.
  func fail(account: String, address: String, now: Date = Date()) {
    for key in ["account\u{0}" + account, "address\u{0}" + address] {
      failures[key, default: []].append(now)
    }
  }

  /// Forgets an account's failures once its password was given.
  func succeed(account: String) { failures["account\u{0}" + account] = nil }

  private func wait(key: String, limit: Int, now: Date) -> TimeInterval? {
    let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
    failures[key] = recent.isEmpty ? nil : recent
    guard recent.count >= limit else { return nil }
    return window - now.timeIntervalSince(recent[recent.count - limit])
  }
}
