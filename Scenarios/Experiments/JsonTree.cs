using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Experiments;

/// <summary>Parses JSON we wrote ourselves; dates stay text so that a round trip gives the same text.</summary>
public static class JsonTree
{
    public static JToken Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        return JToken.ReadFrom(reader);
    }
}
