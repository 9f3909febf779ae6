using System.Reflection;
using Planner.Simulation.Designs;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

public enum FieldKind { Integer, Number, Boolean, Text, Date, List, Object }

/// <summary>The shape of one JSON value: its kind, its CLR type and, for lists and objects, what is inside.</summary>
public sealed class Shape
{
    internal Shape(FieldKind kind, Type clrType, Shape? element, IReadOnlyList<Field>? fields)
    {
        Kind = kind;
        ClrType = clrType;
        Element = element;
        Fields = fields ?? [];
    }

    public FieldKind Kind { get; }
    public Type ClrType { get; }

    /// <summary>For lists: the shape of each item.</summary>
    public Shape? Element { get; }

    /// <summary>For objects: the record's properties in declaration order; flattened ones stand for their inner fields.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>For objects: every field that may appear in the JSON object, flattened records expanded.</summary>
    public IEnumerable<Field> JsonFields =>
        Fields.SelectMany(f => f.Flattened ? f.Shape.JsonFields : [f]);
}

/// <summary>One property of a record (or one block of a set of named blocks) as it appears in a scenario file.</summary>
public sealed record Field(
    string JsonName,
    FieldAccess Access,
    Shape Shape,
    ParamAttribute? Param,
    IReadOnlyList<string>? AllowedValues,
    bool AllowsNull,
    bool Flattened,
    object? Default);

/// <summary>
/// Describes the scenario file by reflection over the records and their [Param] attributes. Validation,
/// building, the results echo and the field reference all read this one description, so fields the
/// model engineer adds to the records appear everywhere without further code.
/// </summary>
public static class FieldSchema
{
    private static readonly Lazy<Shape> ScenarioShape = new(() => ShapeOf(typeof(Scenario), []));

    public static Shape Scenario => ScenarioShape.Value;

    public static Shape ShapeOf(Type type) => ShapeOf(type, []);

    private static Shape ShapeOf(Type type, IReadOnlyCollection<string> except)
    {
        if (type == typeof(int) || type == typeof(long) || type == typeof(ulong))
            return new Shape(FieldKind.Integer, type, null, null);
        if (type == typeof(double))
            return new Shape(FieldKind.Number, type, null, null);
        if (type == typeof(bool))
            return new Shape(FieldKind.Boolean, type, null, null);
        if (type == typeof(string))
            return new Shape(FieldKind.Text, type, null, null);
        if (type == typeof(DateOnly))
            return new Shape(FieldKind.Date, type, null, null);
        if (ListElementType(type) is { } element)
            return new Shape(FieldKind.List, type, ShapeOf(element), null);
        if (type.IsClass && type.GetConstructor(Type.EmptyTypes) is not null)
            return new Shape(FieldKind.Object, type, null, FieldsOf(type, except));
        throw new NotSupportedException(
            $"A scenario file cannot describe values of type {type.FullName}; extend FieldSchema for it.");
    }

    private static List<Field> FieldsOf(Type type, IReadOnlyCollection<string> except)
    {
        // The designs are registered by their records, not listed as properties: one optional block per design, in order.
        if (type == typeof(DesignParameters))
            return [.. DesignParameters.Registered.Select(d => new Field(d.Name, new DesignBlockAccess(d), ShapeOf(d.Type), null, null, true, false, null))];
        var defaults = Activator.CreateInstance(type)!;
        var nullability = new NullabilityInfoContext();
        var fields = new List<Field>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && !except.Contains(p.Name))
            // Declaration order, so files, echoes and the reference read like the records.
            .OrderBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            var flatten = property.GetCustomAttribute<FlattenAttribute>();
            var underlying = Nullable.GetUnderlyingType(property.PropertyType);
            var allowsNull = underlying is not null
                || nullability.Create(property).WriteState == NullabilityState.Nullable;
            var shape = ShapeOf(underlying ?? property.PropertyType, flatten?.Except ?? []);
            fields.Add(new Field(
                JsonName(property.Name),
                new PropertyAccess(property),
                shape,
                property.GetCustomAttribute<ParamAttribute>(),
                property.GetCustomAttribute<AllowedValuesAttribute>()?.Values,
                allowsNull,
                flatten is not null,
                property.GetValue(defaults)));
        }
        return fields;
    }

    public static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    internal static Type? ListElementType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (!type.IsGenericType)
            return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>)
            || definition == typeof(IList<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>Every leaf and list in the tree with its dotted path ("staff.caseworkers[].count"), in file order.</summary>
    public static IEnumerable<(string Path, Field Field)> Walk(Shape shape, string prefix = "")
    {
        foreach (var field in shape.JsonFields)
        {
            var path = prefix.Length == 0 ? field.JsonName : prefix + "." + field.JsonName;
            switch (field.Shape.Kind)
            {
                case FieldKind.Object when field.Access.Attribute<SameFieldsAsAttribute>() is not null:
                    yield return (path, field);
                    break;
                case FieldKind.Object:
                    foreach (var inner in Walk(field.Shape, path))
                        yield return inner;
                    break;
                case FieldKind.List:
                    yield return (path, field);
                    if (field.Shape.Element!.Kind == FieldKind.Object)
                        foreach (var inner in Walk(field.Shape.Element, path + "[]"))
                            yield return inner;
                    break;
                default:
                    yield return (path, field);
                    break;
            }
        }
    }
}

/// <summary>How a field's value is read from and put into the object that holds it.</summary>
public abstract class FieldAccess
{
    /// <summary>The declared type of the value.</summary>
    public abstract Type Type { get; }

    public abstract object? Get(object owner);

    /// <summary>Sets the value on an object being built from a file; returns the object (a new one for an immutable set).</summary>
    public abstract object Build(object owner, object? value);

    /// <summary>A copy of the owner with the value replaced, as `with` does; the owner is left as it was.</summary>
    public abstract object With(object owner, object? value);

    public abstract T? Attribute<T>() where T : Attribute;
}

/// <summary>A record's init property.</summary>
public sealed class PropertyAccess(PropertyInfo property) : FieldAccess
{
    public override Type Type => property.PropertyType;

    public override object? Get(object owner) => property.GetValue(owner);

    public override object Build(object owner, object? value)
    {
        property.SetValue(owner, value);
        return owner;
    }

    public override object With(object owner, object? value)
    {
        var clone = owner.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)?.Invoke(owner, null)
            ?? throw new InvalidOperationException($"{owner.GetType().Name} is not a record.");
        property.SetValue(clone, value);
        return clone;
    }

    public override T? Attribute<T>() where T : class => property.GetCustomAttribute<T>();
}

/// <summary>One design's block in the designs set (<see cref="DesignParameters"/>).</summary>
public sealed class DesignBlockAccess(DesignParameters.Registration design) : FieldAccess
{
    public override Type Type => design.Type;

    public override object? Get(object owner) => ((DesignParameters)owner).Get(design);

    public override object Build(object owner, object? value) => With(owner, value);

    public override object With(object owner, object? value) => ((DesignParameters)owner).With(design, (IDesignParameters?)value);

    public override T? Attribute<T>() where T : class => null;
}
