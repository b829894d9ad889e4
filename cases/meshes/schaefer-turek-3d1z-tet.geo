// Schäfer & Turek (1996) 3D-1Z on tetrahedra: channel [0, 2.5] x [0, 0.41] x [0, 0.41] minus the
// cylinder of diameter D = 0.1 with axis along z through (0.5, 0.2). Sizes: hCylinder on the
// cylinder, hWake in a box round it and its wake, hFar elsewhere; `level` halves them per step.
SetFactory("OpenCASCADE");
DefineConstant[ level = 1 ];
f = 2^(level - 1);
H = 0.41;
L = 2.5;
xc = 0.5;
yc = 0.2;
R = 0.05;
hCylinder = 0.01 / f;
hWake = 0.025 / f;
hFar = 0.05 / f;

Box(1) = {0, 0, 0, L, H, H};
Cylinder(2) = {xc, yc, 0, 0, 0, H, R};
BooleanDifference(3) = { Volume{1}; Delete; }{ Volume{2}; Delete; };

e = 1e-6;
cylinder[] = Surface In BoundingBox{xc - R - e, yc - R - e, -e, xc + R + e, yc + R + e, H + e};
Field[1] = Distance;
Field[1].SurfacesList = {cylinder[]};
Field[2] = Threshold;
Field[2].InField = 1;
Field[2].SizeMin = hCylinder;
Field[2].SizeMax = hFar;
Field[2].DistMin = 0;
Field[2].DistMax = 0.3;
Field[3] = Box;
Field[3].VIn = hWake;
Field[3].VOut = hFar;
Field[3].XMin = xc - 0.15;
Field[3].XMax = xc + 0.9;
Field[3].YMin = yc - 0.13;
Field[3].YMax = yc + 0.13;
Field[3].ZMin = -1;
Field[3].ZMax = 1;
Field[3].Thickness = 0.1;
Field[4] = Min;
Field[4].FieldsList = {2, 3};
Background Field = 4;
Mesh.MeshSizeExtendFromBoundary = 0;
Mesh.MeshSizeFromPoints = 0;
Mesh.MeshSizeFromCurvature = 0;

Physical Surface("inlet") = Surface In BoundingBox{-e, -e, -e, e, H + e, H + e};
Physical Surface("outlet") = Surface In BoundingBox{L - e, -e, -e, L + e, H + e, H + e};
Physical Surface("walls") = {
    Surface In BoundingBox{-e, -e, -e, L + e, e, H + e},
    Surface In BoundingBox{-e, H - e, -e, L + e, H + e, H + e},
    Surface In BoundingBox{-e, -e, -e, L + e, H + e, e},
    Surface In BoundingBox{-e, -e, H - e, L + e, H + e, H + e}};
Physical Surface("cylinder") = {cylinder[]};
Physical Volume("fluid") = {3};
