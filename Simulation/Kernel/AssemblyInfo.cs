using System.Runtime.CompilerServices;

// The scheduler is internal (only the model runs on it); the kernel benchmark drives it directly.
[assembly: InternalsVisibleTo("Benchmarks")]
