using System.Collections.Generic;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting;

/// <summary>The Models surface: one file per type (the type and its converter), plus the JSON type-info resolver.</summary>
internal static class ModelsEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model)
    {
        foreach (var type in model.Types)
        {
            var writer = FileHeader.Start(model.Namespace);
            switch (type)
            {
                case ObjectTypeSpec objectType:
                    ObjectEmitter.Emit(writer, objectType);
                    break;
                case EnumTypeSpec enumType:
                    EnumEmitter.Emit(writer, enumType);
                    break;
                case UnionTypeSpec unionType:
                    UnionEmitter.Emit(writer, unionType);
                    break;
            }
            yield return ($"{model.HintPrefix}.Models.{type.Name}.g.cs", writer.ToString());
        }
        yield return ($"{model.HintPrefix}.{model.ClientName}Json.g.cs", JsonResolverEmitter.Emit(model));
    }
}
