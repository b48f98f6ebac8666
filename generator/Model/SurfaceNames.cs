using System;
using System.Collections.Generic;
using System.Linq;

namespace ContractKit.Generator.Model;

/// <summary>
/// The names of the types the emitters write beside the model's types. The Parser reserves all of them before
/// naming any schema, so a schema called <c>PushMessagesResult</c> never collides with an operation's result
/// type, and turning a surface on or off renames nothing.
/// </summary>
internal static class SurfaceNames
{
    /// <summary><c>UnifiedMessagingClient</c> → <c>UnifiedMessagingApi</c>: the stem of the server's names.</summary>
    public static string ApiName(string clientName)
        => (clientName.Length > "Client".Length && clientName.EndsWith("Client", StringComparison.Ordinal)
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName) + "Api";

    public static string Json(string clientName) => clientName + "Json";

    public static string Validators(string clientName) => clientName + "Validators";

    public static string ClientOptions(string clientName) => clientName + "Options";

    public static string ClientRegistration(string clientName) => clientName + "ServiceCollectionExtensions";

    public static string ServerInterface(string clientName) => "I" + ApiName(clientName);

    public static string ServerEndpoints(string clientName) => ApiName(clientName) + "Endpoints";

    public static string ServerOptions(string clientName) => ApiName(clientName) + "ServerOptions";

    /// <summary>The server's typed result of one operation: <c>{Operation}Result</c>.</summary>
    public static string OperationResult(string operationName) => operationName + "Result";

    /// <summary>Every name above, for a spec whose operations are <paramref name="operationNames"/>.</summary>
    public static IEnumerable<string> All(string clientName, IEnumerable<string> operationNames)
        => new[]
        {
            Json(clientName), Validators(clientName), clientName, ClientOptions(clientName), ClientRegistration(clientName),
            ServerInterface(clientName), ServerEndpoints(clientName), ServerOptions(clientName),
        }.Concat(operationNames.Select(OperationResult));
}
