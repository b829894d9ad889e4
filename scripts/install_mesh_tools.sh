#!/usr/bin/env bash
# Installs the optional mesh tools used to (re)generate MeshImport's test fixtures and the case
# meshes (Debian, run as root): gmsh, and OpenFOAM for gmshToFoam/foamMeshToFluent.
# Never run by scripts/setup: Courant needs neither tool to build, test or run.
set -euo pipefail
packages=(gmsh openfoam)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
