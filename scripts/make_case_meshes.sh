#!/usr/bin/env bash
# Regenerates the shipped case meshes in cases/meshes from their .geo scripts with Gmsh
# (installs gmsh from Debian first if it is missing; run as root). With --medium it also writes
# the 3D-1Z medium mesh (about 290k cells, 22 MB), which is not shipped.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
meshes="$root/cases/meshes"
"$root/scripts/install_mesh_tools.sh"

run() { gmsh "$@" >/dev/null && echo "wrote ${*: -1}"; }
for level in 1 2 3; do
    run -2 "$meshes/schaefer-turek.geo" -setnumber level "$level" -format msh41 -bin \
        -o "$meshes/schaefer-turek-2d-level$level.msh"
done
run -3 "$meshes/schaefer-turek.geo" -setnumber level 1 -setnumber extrude 1 -format msh41 -bin \
    -o "$meshes/schaefer-turek-3d1z-coarse.msh"
run -3 "$meshes/schaefer-turek-3d1z-tet.geo" -setnumber level 1 -format msh41 -bin \
    -o "$meshes/schaefer-turek-3d1z-tet.msh"
# MSH 2.2 keeps the pipe under 4 MiB: its 32-bit tags make hexahedra 56 bytes instead of 72.
run -3 "$meshes/pipe.geo" -setnumber level 1 -format msh22 -bin -o "$meshes/pipe.msh"
if [ "${1:-}" = --medium ]; then
    run -3 "$meshes/schaefer-turek.geo" -setnumber level 2 -setnumber extrude 1 -format msh41 \
        -bin -o "$meshes/schaefer-turek-3d1z-medium.msh"
fi
echo "gmsh $(gmsh --version 2>&1)"
