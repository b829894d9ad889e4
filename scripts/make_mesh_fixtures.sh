#!/usr/bin/env bash
# Regenerates MeshImport's cross-tool test fixtures in Tests/MeshImportTests/Fixtures from their
# .geo scripts: every Gmsh variant (MSH 2.2 and 4.1, ASCII and binary) of a 2-D and a 3-D mesh,
# and the 3-D mesh converted to a Fluent .msh by OpenFOAM (gmshToFoam, then foamMeshToFluent).
# Installs gmsh and openfoam first if they are missing (Debian, as root).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/Tests/MeshImportTests/Fixtures"
"$root/scripts/install_mesh_tools.sh"

for geo in mixed2d mixed3d; do
    dim=3
    [ "$geo" = mixed2d ] && dim=2
    for version in 22 41; do
        gmsh -"$dim" "$fixtures/$geo.geo" -format "msh$version" \
            -o "$fixtures/$geo-$version-ascii.msh" >/dev/null
        gmsh -"$dim" "$fixtures/$geo.geo" -format "msh$version" -bin \
            -o "$fixtures/$geo-$version-binary.msh" >/dev/null
    done
done

# MSH 4.1 with parametric coordinates in the node blocks (the blocks' parametric flag set).
gmsh -2 "$fixtures/mixed2d.geo" -format msh41 -setnumber Mesh.SaveParametric 1 \
    -o "$fixtures/mixed2d-41-ascii-parametric.msh" >/dev/null
gmsh -2 "$fixtures/mixed2d.geo" -format msh41 -bin -setnumber Mesh.SaveParametric 1 \
    -o "$fixtures/mixed2d-41-binary-parametric.msh" >/dev/null

# Debian's OpenFOAM finds its etc/ files through these variables.
export WM_PROJECT_DIR=/usr/share/openfoam FOAM_ETC=/usr/share/openfoam/etc
case_dir="$(mktemp -d)"
trap 'rm -rf "$case_dir"' EXIT
mkdir -p "$case_dir/system" "$case_dir/constant"
cat >"$case_dir/system/controlDict" <<'DICT'
FoamFile { version 2.0; format ascii; class dictionary; object controlDict; }
application none; startFrom startTime; startTime 0; stopAt endTime; endTime 1; deltaT 1;
writeControl timeStep; writeInterval 1; writeFormat ascii; writePrecision 17;
writeCompression off; timeFormat general; timePrecision 6; runTimeModifiable false;
DICT
gmshToFoam -case "$case_dir" "$fixtures/mixed3d-22-ascii.msh" >"$case_dir/gmshToFoam.log"
foamMeshToFluent -case "$case_dir" >"$case_dir/foamMeshToFluent.log"
cp "$case_dir"/fluentInterface/*.msh "$fixtures/mixed3d-fluent.msh"

echo "gmsh $(gmsh --version 2>&1); openfoam $(dpkg-query -W -f='${Version}' openfoam)"
ls -l "$fixtures"
