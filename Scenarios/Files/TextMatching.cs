namespace Planner.Scenarios.Files;

/// <summary>Finds the known word closest to a typo, for "did you mean …?" hints.</summary>
public static class TextMatching
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var words = known as IReadOnlyCollection<string> ?? known.ToList();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in words)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        // Beyond about a third of the word the "suggestion" is a different word, and misleads more than it helps.
        var limit = Math.Max(2, typed.Length / 3);
        if (bestDistance <= limit)
            return best;
        // A shortened key ("total_cost" for "total_cost_sek_per_year") is far by edits but plain to a reader when only one word starts so.
        var extensions = typed.Length >= 4 ? words.Where(w => w.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() : [];
        return extensions.Count == 1 ? extensions[0] : null;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
