using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Client.ClientCode;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>
/// The auto-batching overload <c>{Name}Async(IEnumerable&lt;TItem&gt;, …)</c>: every chunk is built and validated
/// before the first is sent (so an invalid item sends nothing), then chunks go out one after another through
/// <c>{Name}CoreAsync</c>. An idempotency key becomes <c>{key}-{chunkIndex}</c> per chunk, so repeating the whole
/// batch after a failure replays the chunks the server already stored.
/// </summary>
internal static class BatchingEmitter
{
    public static void Emit(SourceWriter writer, SpecModel model, OperationSpec operation, BatchingSpec batching)
    {
        var used = new HashSet<string>();
        var itemsName = Camel(batching.ItemsProperty);
        var itemsType = $"global::System.Collections.Generic.IEnumerable<{batching.ItemType.Annotated}>";
        var parameters = MethodParameters.Of(operation, used, (itemsType, itemsName, "The items, any number: sent in chunks of at most "
            + batching.MaxItems.ToString(CultureInfo.InvariantCulture) + ", in order."));
        var items = parameters.Single(p => p.Parameter is null).Name;
        var cancellation = Unique("cancellationToken", used);
        var chunks = Unique("chunks", used);
        var bodies = Unique("bodies", used);
        var index = Unique("index", used);
        var utf8 = Unique("utf8Json", used);
        var validation = Unique("validation", used);
        var results = Unique("results", used);
        var chunk = Unique("chunk", used);
        var chunkIndex = Unique("chunkIndex", used);
        var token = Unique("token", used);
        var responseType = ResultType(operation)!;
        var returnItem = batching.ResultItemType?.Annotated ?? responseType;
        var max = batching.MaxItems.ToString(CultureInfo.InvariantCulture);
        var name = CSharpLiteral.String(operation.Name);
        var key = IdempotencyParameter(operation);

        OperationEmitter.WriteDocs(writer, operation, (operation.Summary ?? operation.Name) + $", for any number of items: chunks of at most {max}, sent one after another.");
        foreach (var parameter in parameters)
        {
            var doc = parameter.Parameter is not null && parameter.Parameter == key
                ? parameter.Doc + " Each chunk sends <c>{key}-{chunkIndex}</c>, so a retry of the whole batch is safe."
                : parameter.Doc;
            writer.WriteLine($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{doc}</param>");
        }
        writer.WriteLine($"/// <param name=\"{cancellation}\">Cancels the call; chunks already accepted are reported in the batch exception.</param>");
        writer.WriteLine(batching.ResultItemType is null
            ? "/// <returns>One response per chunk, in order.</returns>"
            : "/// <returns>The chunks' results concatenated: one per item, in input order.</returns>");
        writer.WriteLine($"/// <exception cref=\"{Http}.ApiValidationException\">A chunk breaks the spec; nothing was sent.</exception>");
        writer.WriteLine($"/// <exception cref=\"{Http}.ApiBatchException{{T}}\">A chunk failed: the exception reports every chunk as accepted");
        writer.WriteLine("/// (with its result), failed (with the failure) or not sent.</exception>");
        var signature = string.Join(", ", parameters.Select(p => p.Declaration).Append($"{CancellationToken} {cancellation} = default"));
        writer.OpenBlock($"public async {Task}<global::System.Collections.Generic.IReadOnlyList<{returnItem}>> {operation.Name}Async({signature})");
        writer.WriteLine($"var {chunks} = {Http}.ApiBatch.Chunk({items}, {max});");
        writer.WriteLine($"var {bodies} = new byte[{chunks}.Count][];");
        writer.OpenBlock($"for (var {index} = 0; {index} < {chunks}.Count; {index}++)");
        var bodyType = operation.Body!.Type!.AsNullable(false);
        var json = $"global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.Options";
        writer.WriteLine($"var {utf8} = {JsonBody}.Write<{bodyType.Annotated}>(new {batching.BodyType} {{ {batching.ItemsProperty} = {chunks}[{index}] }}, {JsonCode.WriterDelegate(bodyType, 0)}, {json});");
        if (ValidatorMethod(model, operation.Body.ValidatorPointer) is { } validator)
        {
            writer.OpenBlock("if (this.options.ValidateRequests)");
            writer.WriteLine($"var {validation} = {validator}({utf8}, this.options.ValidationOptions);");
            writer.OpenBlock($"if (!{validation}.IsValid)");
            writer.WriteLine($"throw new {Http}.ApiValidationException({name}, {validation}, isResponse: false, chunkIndex: {index});");
            writer.CloseBlock();
            writer.CloseBlock();
        }
        writer.WriteLine($"{bodies}[{index}] = {utf8};");
        writer.CloseBlock();
        var overrides = new Dictionary<string, string>();
        if (key is not null)
        {
            overrides[key.CSharpName] = key.IsRequired && !key.Type.IsNullable
                ? $"{Http}.ApiBatch.ChunkKey({key.CSharpName}, {chunkIndex})"
                : $"{key.CSharpName} is null ? null : {Http}.ApiBatch.ChunkKey({key.CSharpName}, {chunkIndex})";
        }
        var call = OperationEmitter.CoreCall(operation, parameters, "", token, overrides)
            .Replace("{content}", $"{JsonBody}.Content({bodies}[{chunkIndex}], {CSharpLiteral.String(operation.Body.MediaType)})");
        writer.WriteLine($"var {results} = await {Http}.ApiBatch.SendAsync<{batching.ItemType.Annotated}, {responseType}>({name}, {chunks}, ({chunk}, {chunkIndex}, {token}) => {call}, {cancellation}).ConfigureAwait(false);");
        if (batching.ResultItemType is null)
        {
            writer.WriteLine($"return {results};");
        }
        else
        {
            var each = responseType.EndsWith("?") ? $"static r => r ?? global::System.Array.Empty<{returnItem}>()" : "static r => r";
            writer.WriteLine($"return global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.SelectMany({results}, {each}));");
        }
        writer.CloseBlock();
    }
}
