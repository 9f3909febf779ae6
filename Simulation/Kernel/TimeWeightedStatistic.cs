using System.Globalization;

namespace Planner.Simulation.Kernel;

/// <summary>
/// A level that holds between changes (queue length, staff present): its time integral, mean, min,
/// max and current value. The level recorded at time t holds until the next record.
/// </summary>
/// <remarks>
/// Sealed with plain fields, so an attached monitor costs a direct call and an unattached one only
/// the caller's null check.
/// </remarks>
public sealed class TimeWeightedStatistic
{
    public TimeWeightedStatistic(double startTime = 0, double initialLevel = 0)
    {
        StartTime = startTime;
        LastTime = startTime;
        Current = initialLevel;
        Min = initialLevel;
        Max = initialLevel;
    }

    /// <summary>Start of the observation window (the creation time, or the last <see cref="Reset"/>).</summary>
    public double StartTime { get; private set; }

    /// <summary>Time of the last record.</summary>
    public double LastTime { get; private set; }

    public double Current { get; private set; }

    public double Min { get; private set; }

    public double Max { get; private set; }

    /// <summary>Integral of the level from <see cref="StartTime"/> to <see cref="LastTime"/>.</summary>
    public double Integral { get; private set; }

    /// <summary>Mean level from <see cref="StartTime"/> to <see cref="LastTime"/>; the current level if no time has passed.</summary>
    public double Mean => LastTime > StartTime ? Integral / (LastTime - StartTime) : Current;

    /// <summary>The level becomes <paramref name="level"/> at <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before the last record.</exception>
    public void Record(double time, double level)
    {
        if (!(time >= LastTime)) throw new ArgumentOutOfRangeException(nameof(time), time, "Records must not go back in time.");
        Integral += Current * (time - LastTime);
        LastTime = time;
        Current = level;
        if (level > Max) Max = level;
        if (level < Min) Min = level;
    }

    /// <summary>The integral up to <paramref name="time"/>, with the current level extended to it.</summary>
    public double IntegralAt(double time)
    {
        if (!(time >= LastTime)) throw new ArgumentOutOfRangeException(nameof(time), time, "Time must not be before the last record.");
        return Integral + Current * (time - LastTime);
    }

    /// <summary>The mean up to <paramref name="time"/>, with the current level extended to it.</summary>
    public double MeanAt(double time) => time > StartTime ? IntegralAt(time) / (time - StartTime) : Current;

    /// <summary>Starts a new observation window at <paramref name="time"/> (e.g. after warm-up), keeping the current level.</summary>
    public void Reset(double time)
    {
        if (!(time >= LastTime)) throw new ArgumentOutOfRangeException(nameof(time), time, "Time must not be before the last record.");
        StartTime = time;
        LastTime = time;
        Integral = 0;
        Min = Current;
        Max = Current;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"mean={Mean:G6} min={Min:G6} max={Max:G6} current={Current:G6} integral={Integral:G6} over [{StartTime:G6}, {LastTime:G6}]");
}
