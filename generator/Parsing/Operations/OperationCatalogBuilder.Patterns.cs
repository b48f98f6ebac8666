using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using Microsoft.OpenApi;

namespace ContractKit.Generator.Parsing.Operations;

internal sealed partial class OperationCatalogBuilder
{
    private const string IdempotencyExtension = "x-contractkit-idempotency";
    private const string MaxRequestBytesExtension = "x-contractkit-max-request-bytes";

    private static readonly string[] PageNames = { "page", "pagenumber", "pageindex", "pageno" };
    private static readonly string[] SizeNames = { "size", "pagesize", "perpage", "limit", "pagelimit" };
    private static readonly string[] ItemsNames = { "items", "content", "data", "results", "values", "elements", "records" };
    private static readonly string[] TotalPagesNames = { "totalpages", "pagecount", "pages" };

    /// <summary>
    /// Paging: integer query parameters for the page number and the page size (by name: <c>page</c>/<c>size</c>,
    /// <c>pageNumber</c>/<c>pageSize</c>, <c>page</c>/<c>per_page</c>, …) and a success response that is an object
    /// with an array of items (the only array property, or one named <c>items</c>, <c>content</c>, <c>data</c>, …).
    /// </summary>
    private PagingSpec? FindPaging(OperationSite site, EquatableArray<OperationParameterSpec> parameters, EquatableArray<ResponseSpec> responses)
    {
        if (site.Method != "GET")
        {
            return null;
        }
        var page = parameters.FirstOrDefault(p => p.Place == ParameterPlace.Query && IsInteger(p.Type) && PageNames.Contains(Normalize(p.Name)));
        var size = parameters.FirstOrDefault(p => p.Place == ParameterPlace.Query && IsInteger(p.Type) && SizeNames.Contains(Normalize(p.Name)));
        var success = responses.FirstOrDefault(r => r.IsSuccess && r.Type is not null);
        if (page is null || size is null || success?.Type is not { Kind: TypeRefKind.Named } pageType)
        {
            return null;
        }
        if (typeSpecs.FirstOrDefault(t => t.Name == pageType.CSharpName) is not ObjectTypeSpec pageObject)
        {
            return null;
        }
        var arrays = pageObject.Properties.Where(p => p.Type.Kind == TypeRefKind.Array && p.Type.Element is not null).ToList();
        var items = arrays.Count == 1 ? arrays[0] : arrays.FirstOrDefault(p => ItemsNames.Contains(Normalize(p.JsonName)));
        if (items is null)
        {
            return null;
        }
        var totalPages = pageObject.Properties.FirstOrDefault(p => IsInteger(p.Type) && TotalPagesNames.Contains(Normalize(p.JsonName)));
        var pageSchema = site.Parameters.First(p => p.Name == page.Name && p.Location == ParameterLocation.Query).Parameter.Schema;
        return new PagingSpec(page.CSharpName, size.CSharpName, FirstPage(pageSchema), items.CSharpName, items.Type.Element!, totalPages?.CSharpName);
    }

    /// <summary>The page's default, else its minimum, else 0: where reading every page starts.</summary>
    private static int FirstPage(IOpenApiSchema? schema)
    {
        if (schema?.Default is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && int.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var byDefault))
        {
            return byDefault;
        }
        return schema?.Minimum is { } minimum && int.TryParse(minimum, NumberStyles.Integer, CultureInfo.InvariantCulture, out var atLeast) ? atLeast : 0;
    }

    /// <summary>
    /// Batching: a JSON body whose object type has one array property bounded by <c>maxItems</c> and no other
    /// required property, so a chunk of items alone is a valid body.
    /// </summary>
    private BatchingSpec? FindBatching(OperationSite site, RequestBodySpec? body, EquatableArray<ResponseSpec> responses)
    {
        if (body?.Type is not { Kind: TypeRefKind.Named } bodyType
            || typeSpecs.FirstOrDefault(t => t.Name == bodyType.CSharpName) is not ObjectTypeSpec bodyObject
            || BodySchema(site) is not { } schema)
        {
            return null;
        }
        var bounded = bodyObject.Properties
            .Where(p => p.Type.Kind == TypeRefKind.Array && p.Type.Element is not null)
            .Select(p => (Property: p, MaxItems: MaxItemsOf(schema, p.JsonName)))
            .Where(p => p.MaxItems is > 0)
            .ToList();
        if (bounded.Count != 1 || bodyObject.Properties.Any(p => p.IsRequired && p != bounded[0].Property))
        {
            return null;
        }
        var success = responses.FirstOrDefault(r => r.IsSuccess);
        var resultItem = success?.Type is { Kind: TypeRefKind.Array, Element: { } element } ? element : null;
        return new BatchingSpec(bodyObject.Name, bounded[0].Property.CSharpName, bounded[0].Property.Type.Element!, bounded[0].MaxItems!.Value, resultItem);
    }

    private IOpenApiSchema? BodySchema(OperationSite site)
        => site.Operation.RequestBody?.Content?.FirstOrDefault(c => IsJson(c.Key) && c.Value?.Schema is not null).Value?.Schema;

    /// <summary>The <c>maxItems</c> of a property, looking through <c>$ref</c> and <c>allOf</c> members.</summary>
    private static int? MaxItemsOf(IOpenApiSchema schema, string property, int depth = 0)
    {
        if (depth > 16)
        {
            return null;
        }
        if (schema.Properties?.TryGetValue(property, out var found) == true && found is not null)
        {
            return found.MaxItems;
        }
        foreach (var member in schema.AllOf ?? new List<IOpenApiSchema>())
        {
            if (member is not null && MaxItemsOf(member, property, depth + 1) is { } bound)
            {
                return bound;
            }
        }
        return null;
    }

    /// <summary>The header of <c>x-contractkit-idempotency</c> (see spec/README.md), when the operation declares one.</summary>
    private static string? IdempotencyHeader(OperationSite site)
        => site.Operation.Extensions?.TryGetValue(IdempotencyExtension, out var extension) == true
            && (extension as JsonNodeExtension)?.Node is JsonObject declared
            && declared["header"] is JsonValue header && header.GetValueKind() == JsonValueKind.String
                ? header.GetValue<string>()
                : null;

    private static long? MaxRequestBytes(OpenApiOperation operation)
        => operation.Extensions?.TryGetValue(MaxRequestBytesExtension, out var extension) == true
            && (extension as JsonNodeExtension)?.Node is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
                ? bytes
                : null;

    private static bool IsInteger(TypeRef type) => type.Kind == TypeRefKind.Primitive && type.Primitive is PrimitiveKind.Int32 or PrimitiveKind.Int64;

    private static string Normalize(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
