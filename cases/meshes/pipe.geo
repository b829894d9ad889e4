// A straight circular pipe for Hagen–Poiseuille flow: diameter D = 0.1, length 20 D along x
// (inlet x = 0, outlet x = 2). Cross-section: a ring of quadrangles at the wall (0.8 R to R,
// graded towards the wall) around an unstructured triangle core, extruded in layers into
// hexahedra and prisms. `level` L = 1, 2… halves every length scale per step.
SetFactory("Built-in");
DefineConstant[ level = 1 ];
f = 2^(level - 1);
R = 0.05;          // pipe radius
Ri = 0.8 * R;      // inner radius of the wall ring
Lp = 20 * 2 * R;   // pipe length
nArc = 12 * f;     // cells per quarter of the circumference
nRing = 6 * f;     // cells across the ring
grading = (1 / 1.15)^(1 / f);  // cells shrink towards the wall
nx = 70 * f;       // cells along the pipe
h = 2 * Pi * Ri / (4 * nArc);

Point(1) = {0, 0, 0, h};
For k In {0:3}
    a = Pi / 4 + k * Pi / 2;
    Point(10 + k) = {0, Ri * Cos(a), Ri * Sin(a), h};
    Point(20 + k) = {0, R * Cos(a), R * Sin(a), h};
EndFor
For k In {0:3}
    Circle(10 + k) = {10 + k, 1, 10 + (k + 1) % 4};
    Circle(20 + k) = {20 + k, 1, 20 + (k + 1) % 4};
    Line(30 + k) = {10 + k, 20 + k};
EndFor
For k In {0:3}
    Curve Loop(40 + k) = {10 + k, 30 + (k + 1) % 4, -(20 + k), -(30 + k)};
    Plane Surface(40 + k) = {40 + k};
    Transfinite Curve{10 + k, 20 + k} = nArc + 1;
    Transfinite Curve{30 + k} = nRing + 1 Using Progression grading;
    Transfinite Surface{40 + k};
    Recombine Surface{40 + k};
EndFor
Curve Loop(1) = {10, 11, 12, 13};
Plane Surface(1) = {1};
Mesh.Algorithm = 6;

Extrude {Lp, 0, 0} { Surface{1, 40, 41, 42, 43}; Layers{nx}; Recombine; }
e = 1e-6;
c = R * Cos(Pi / 4) - e;  // an outer-arc quarter reaches this far; inner surfaces do not
Physical Surface("inlet") = Surface In BoundingBox{-e, -R - e, -R - e, e, R + e, R + e};
Physical Surface("outlet") = Surface In BoundingBox{Lp - e, -R - e, -R - e, Lp + e, R + e, R + e};
Physical Surface("wall") = {
    Surface In BoundingBox{-e, -R - e, c, Lp + e, R + e, R + e},
    Surface In BoundingBox{-e, -R - e, -R - e, Lp + e, R + e, -c},
    Surface In BoundingBox{-e, c, -R - e, Lp + e, R + e, R + e},
    Surface In BoundingBox{-e, -R - e, -R - e, Lp + e, -c, R + e}};
Physical Volume("fluid") = Volume In BoundingBox{-e, -R - e, -R - e, Lp + e, R + e, R + e};
