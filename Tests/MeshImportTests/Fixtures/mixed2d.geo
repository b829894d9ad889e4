// A 2-D channel [0, 2] x [0, 1] of two surfaces: triangles on the left, quadrangles on the
// right (a transfinite, recombined block), sharing the line x = 1.
SetFactory("Built-in");
h = 0.25;
Point(1) = {0, 0, 0, h}; Point(2) = {1, 0, 0, h}; Point(3) = {2, 0, 0, h};
Point(4) = {2, 1, 0, h}; Point(5) = {1, 1, 0, h}; Point(6) = {0, 1, 0, h};
Line(1) = {1, 2}; Line(2) = {2, 3}; Line(3) = {3, 4}; Line(4) = {4, 5};
Line(5) = {5, 6}; Line(6) = {6, 1}; Line(7) = {2, 5};
Curve Loop(1) = {1, 7, 5, 6}; Plane Surface(1) = {1};
Curve Loop(2) = {2, 3, 4, -7}; Plane Surface(2) = {2};
Transfinite Curve{2, 4} = 5; Transfinite Curve{3, 7} = 5;
Transfinite Surface{2}; Recombine Surface{2};
Physical Curve("inlet") = {6};
Physical Curve("outlet") = {3};
Physical Curve("walls") = {1, 2, 4, 5};
Physical Surface("fluid") = {1, 2};
