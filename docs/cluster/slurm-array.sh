#!/usr/bin/env bash
# One shard of an experiment per Slurm array task; merge afterwards with slurm-merge.sh.
#
#   dotnet publish Scenarios -c Release -o planner          # once, on the login node
#   jobid=$(sbatch --parsable docs/cluster/slurm-array.sh)
#   sbatch --dependency=afterok:"$jobid" docs/cluster/slurm-merge.sh
#
# Every task runs the same command with its own --shard k/n: replication r of point p belongs to shard
# ((p + r - 1) mod n) + 1, so the shards never overlap and the merged store equals a single-machine run.
#SBATCH --job-name=planner-shards
#SBATCH --array=1-8
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=04:00:00
#SBATCH --output=logs/planner-%A_%a.out
set -euo pipefail

EXPERIMENT=${EXPERIMENT:-Scenarios/library/experiments/staffing-grid.json}
SHARDS=${SLURM_ARRAY_TASK_COUNT:-8}
K=${SLURM_ARRAY_TASK_ID}
mkdir -p shards logs

# SQLite's write-ahead log needs a local file system (not NFS): write on node-local scratch, copy when
# done. Submitting the array again skips every shard already copied to shards/; a task killed part-way
# starts its shard again (if your scratch survives a requeue, keep --store there and it resumes instead).
LOCAL=${TMPDIR:-/tmp}/planner-shard-$K.db
if [ -f "shards/shard-$K.db" ]; then cp "shards/shard-$K.db" "$LOCAL"; fi

dotnet planner/planner.dll experiment "$EXPERIMENT" \
  --shard "$K/$SHARDS" --store "$LOCAL" --threads "${SLURM_CPUS_PER_TASK:-1}" --quiet

cp "$LOCAL" "shards/shard-$K.db.part" && mv "shards/shard-$K.db.part" "shards/shard-$K.db"
