using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ContractKit.Runtime.Json;

/// <summary>Type info for <see cref="JsonElement"/> that needs no reflection (AOT- and trim-safe).</summary>
internal static class JsonElementTypeInfo
{
    public static readonly JsonTypeInfo<JsonElement> Instance =
        JsonMetadataServices.CreateValueInfo<JsonElement>(new JsonSerializerOptions(), JsonMetadataServices.JsonElementConverter);
}
