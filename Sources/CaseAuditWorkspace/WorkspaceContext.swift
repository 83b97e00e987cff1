import Hummingbird
import NIOCore

/// A request's context in the workspace: the router's storage and the peer's address, which
/// rate-limits sign-in attempts per address.
public struct WorkspaceContext: RequestContext, RemoteAddressRequestContext {
  /// The router's storage.
  public var coreContext: CoreRequestContextStorage
  /// The browser's address (none in the router test framework).
  public let remoteAddress: SocketAddress?

  /// The context of a request on a channel.
  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress
  }

  /// The address for rate-limiting: the peer's IP address, without its port.
  var addressKey: String { remoteAddress?.ipAddress ?? "unknown" }
}
