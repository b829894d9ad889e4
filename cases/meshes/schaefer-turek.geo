// Schäfer & Turek (1996) cylinder in a channel: 2D-1 (extrude = 0: channel [0, 2.2] x [0, 0.41],
// cylinder centre (0.2, 0.2)) and 3D-1Z (extrude = 1: channel [0, 2.5] x [0, 0.41] x [0, 0.41],
// cylinder centre (0.5, 0.2), axis along z). Cylinder diameter D = 0.1 in both.
// A ring of quadrangles (hexahedra in 3-D) of radial thickness D/2 wraps the cylinder, graded
// towards it; triangles (prisms) fill the rest, finer in the wake. `level` L = 1, 2, 3… halves
// every length scale per step: gmsh -2 schaefer-turek.geo -setnumber level 2.
SetFactory("Built-in");
DefineConstant[ level = 1, extrude = 0 ];
f = 2^(level - 1);
H = 0.41;
L = extrude ? 2.5 : 2.2;
xc = extrude ? 0.5 : 0.2;
yc = 0.2;
R = 0.05;        // cylinder radius
Rb = 0.1;        // outer radius of the quadrangle ring
nArc = 16 * f;   // cells per quarter of the cylinder
nRing = 8 * f;   // cells across the ring
grading = 1.15^(1 / f);  // growth of radial cell size away from the cylinder
hRing = 2 * Pi * Rb / (4 * nArc);
hWake = (extrude ? 0.02 : 0.0165) / f;
hFar = (extrude ? 0.04 : 0.033) / f;
nz = (extrude ? 9 : 0) * f;  // cells across the height in 3-D

Point(1) = {xc, yc, 0};
For k In {0:3}
    a = Pi / 4 + k * Pi / 2;
    Point(10 + k) = {xc + R * Cos(a), yc + R * Sin(a), 0};
    Point(20 + k) = {xc + Rb * Cos(a), yc + Rb * Sin(a), 0};
EndFor
For k In {0:3}
    Circle(10 + k) = {10 + k, 1, 10 + (k + 1) % 4};   // cylinder
    Circle(20 + k) = {20 + k, 1, 20 + (k + 1) % 4};   // ring's outer edge
    Line(30 + k) = {10 + k, 20 + k};                   // radial, cylinder to ring
EndFor
For k In {0:3}
    Curve Loop(40 + k) = {10 + k, 30 + (k + 1) % 4, -(20 + k), -(30 + k)};
    Plane Surface(40 + k) = {40 + k};
    Transfinite Curve{10 + k, 20 + k} = nArc + 1;
    Transfinite Curve{30 + k} = nRing + 1 Using Progression grading;
    Transfinite Surface{40 + k};
    Recombine Surface{40 + k};
EndFor

Point(2) = {0, 0, 0}; Point(3) = {L, 0, 0}; Point(4) = {L, H, 0}; Point(5) = {0, H, 0};
Line(1) = {2, 3}; Line(2) = {3, 4}; Line(3) = {4, 5}; Line(4) = {5, 2};
Curve Loop(1) = {1, 2, 3, 4};
Curve Loop(2) = {20, 21, 22, 23};
Plane Surface(1) = {1, 2};

// Sizes in the triangles: hRing at the ring, hWake in a box around the cylinder and its wake,
// hFar elsewhere, blended over a distance.
Field[1] = Distance;
Field[1].CurvesList = {20, 21, 22, 23};
Field[2] = Threshold;
Field[2].InField = 1;
Field[2].SizeMin = hRing;
Field[2].SizeMax = hFar;
Field[2].DistMin = 0;
Field[2].DistMax = 0.25;
Field[3] = Box;
Field[3].VIn = hWake;
Field[3].VOut = hFar;
Field[3].XMin = xc - 0.15;
Field[3].XMax = xc + 0.9;
Field[3].YMin = yc - 0.13;
Field[3].YMax = yc + 0.13;
Field[3].Thickness = 0.1;
Field[4] = Min;
Field[4].FieldsList = {2, 3};
Background Field = 4;
Mesh.MeshSizeExtendFromBoundary = 0;
Mesh.MeshSizeFromPoints = 0;
Mesh.MeshSizeFromCurvature = 0;
Mesh.Algorithm = 6;

e = 1e-6;
If (extrude == 0)
    Physical Curve("inlet") = {4};
    Physical Curve("outlet") = {2};
    Physical Curve("walls") = {1, 3};
    Physical Curve("cylinder") = {10, 11, 12, 13};
    Physical Surface("fluid") = {1, 40, 41, 42, 43};
Else
    Extrude {0, 0, H} { Surface{1, 40, 41, 42, 43}; Layers{nz}; Recombine; }
    Physical Surface("inlet") = Surface In BoundingBox{-e, -e, -e, e, H + e, H + e};
    Physical Surface("outlet") = Surface In BoundingBox{L - e, -e, -e, L + e, H + e, H + e};
    Physical Surface("walls") = {
        Surface In BoundingBox{-e, -e, -e, L + e, e, H + e},
        Surface In BoundingBox{-e, H - e, -e, L + e, H + e, H + e},
        Surface In BoundingBox{-e, -e, -e, L + e, H + e, e},
        Surface In BoundingBox{-e, -e, H - e, L + e, H + e, H + e}};
    Physical Surface("cylinder") =
        Surface In BoundingBox{xc - R - e, yc - R - e, -e, xc + R + e, yc + R + e, H + e};
    Physical Volume("fluid") = Volume In BoundingBox{-e, -e, -e, L + e, H + e, H + e};
EndIf
