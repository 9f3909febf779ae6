using System.Runtime.CompilerServices;

// The model tests check single mechanisms (vacation planning, exit hazards) without a whole run.
[assembly: InternalsVisibleTo("Simulation.Tests")]
