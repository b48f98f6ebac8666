using System.Collections.Generic;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting;

/// <summary>The Models surface: one file per type (the type and its converter), plus the JSON type-info resolver.</summary>
internal static class ModelsEmitter
{
    /// <summary>The files of <paramref name="count"/> types from <paramref name="first"/>, then the resolver's when
    /// <paramref name="withResolver"/> (see <see cref="EmissionUnit"/>).</summary>
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, int first, int count, bool withResolver)
    {
        for (var i = first; i < first + count; i++)
        {
            var type = model.Types[i];
            var writer = FileHeader.Start(model.Namespace);
            switch (type)
            {
                case ObjectTypeSpec objectType:
                    ObjectEmitter.Emit(writer, objectType);
                    break;
                case EnumTypeSpec enumType:
                    EnumEmitter.Emit(writer, enumType, model.Namespace);
                    break;
                case UnionTypeSpec unionType:
                    UnionEmitter.Emit(writer, unionType);
                    break;
            }
            yield return ($"{model.HintPrefix}.Models.{type.Name}.g.cs", writer.ToString());
        }
        if (withResolver)
        {
            yield return ($"{model.HintPrefix}.{model.ClientName}Json.g.cs", JsonResolverEmitter.Emit(model));
        }
    }
}
