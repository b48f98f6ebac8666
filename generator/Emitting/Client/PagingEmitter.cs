using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Client.ClientCode;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>
/// <c>{Name}AllAsync</c>: every item across pages, one page request at a time as the caller enumerates. Starts at
/// the first page, stops at an empty page or, when the response counts its pages, after the last one.
/// </summary>
internal static class PagingEmitter
{
    public static void Emit(SourceWriter writer, OperationSpec operation, PagingSpec paging)
    {
        var used = new HashSet<string>();
        var parameters = MethodParameters.Of(operation, used).Where(p => p.Parameter?.CSharpName != paging.PageParameter).ToList();
        var cancellation = Unique("cancellationToken", used);
        var page = Unique("page", used);
        var result = Unique("result", used);
        var items = Unique("items", used);
        var item = Unique("item", used);
        var total = Unique("totalPages", used);
        var first = paging.FirstPage.ToString(CultureInfo.InvariantCulture);
        var summary = (operation.Summary ?? operation.Name) + ": every item, page after page.";
        OperationEmitter.WriteDocs(writer, operation, summary);
        foreach (var parameter in parameters)
        {
            writer.WriteLine($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{parameter.Doc}</param>");
        }
        writer.WriteLine($"/// <param name=\"{cancellation}\">Cancels the enumeration and the page request in flight.</param>");
        writer.WriteLine($"/// <returns>The items of page {first} onwards, in order; a page is requested when the previous one is used up.</returns>");
        OperationEmitter.WriteExceptions(writer);
        var signature = string.Join(", ", parameters.Select(p => p.Declaration)
            .Append($"[global::System.Runtime.CompilerServices.EnumeratorCancellation] {CancellationToken} {cancellation} = default"));
        writer.OpenBlock($"public async global::System.Collections.Generic.IAsyncEnumerable<{paging.ItemType.Annotated}> {operation.Name}AllAsync({signature})");
        var arguments = parameters.Select(p => $"{p.Name}: {p.Name}")
            .Append($"{paging.PageParameter}: {page}")
            .Append($"{cancellation}: {cancellation}");
        var access = ResultType(operation)!.EndsWith("?") ? "?." : ".";
        writer.OpenBlock($"for (var {page} = {first}; ; {page}++)");
        writer.WriteLine($"var {result} = await {operation.Name}Async({string.Join(", ", arguments)}).ConfigureAwait(false);");
        writer.OpenBlock($"if ({result}{access}{paging.ItemsProperty} is not {{ Count: > 0 }} {items})");
        writer.WriteLine("yield break;");
        writer.CloseBlock();
        writer.OpenBlock($"foreach (var {item} in {items})");
        writer.WriteLine($"yield return {item};");
        writer.CloseBlock();
        if (paging.TotalPagesProperty is { } totalPages)
        {
            writer.WriteLine($"long? {total} = {result}{access}{totalPages};");
            writer.OpenBlock($"if ({total} is {{ }} count && {page} - {first} + 1 >= count)");
            writer.WriteLine("yield break;");
            writer.CloseBlock();
        }
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
