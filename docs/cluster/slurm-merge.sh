#!/usr/bin/env bash
# Combines the shard stores of slurm-array.sh into results/planner.db and exports the experiment.
#SBATCH --job-name=planner-merge
#SBATCH --cpus-per-task=1
#SBATCH --time=00:30:00
#SBATCH --output=logs/planner-merge-%j.out
set -euo pipefail

dotnet planner/planner.dll merge shards/shard-*.db --store results/planner.db
dotnet planner/planner.dll export --store results/planner.db --output results/export
