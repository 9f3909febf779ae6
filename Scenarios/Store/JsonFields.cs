using Newtonsoft.Json;

namespace Planner.Scenarios.Store;

/// <summary>The fields the result files' JSON is made of, written one way everywhere.</summary>
public static class JsonFields
{
    public static void Text(JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>A number, or null where there is none (a metric a design does not define): JSON has no NaN.</summary>
    public static void Number(JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        if (double.IsFinite(value))
            json.WriteValue(value);
        else
            json.WriteNull();
    }

    /// <summary>Mean, standard deviation, the 95 % CI and the number of replications it rests on.</summary>
    public static void Interval(JsonWriter json, double mean, double sd, double ciLow, double ciHigh, double halfWidth, int n)
    {
        Number(json, "mean", mean);
        Number(json, "sd", sd);
        Number(json, "ciLow", ciLow);
        Number(json, "ciHigh", ciHigh);
        Number(json, "halfWidth", halfWidth);
        json.WritePropertyName("n");
        json.WriteValue(n);
    }
}
