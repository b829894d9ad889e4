// A 3-D block of every cell type: [0, 1] x [0, 1] x [0, 1] hexahedra (an extruded, recombined
// transfinite square), [1, 2] x [0, 1] x [0, 1] prisms (extruded triangles), and above both
// [0, 2] x [0, 1] x [1, 1.6] tetrahedra, with pyramids where they meet the hexahedra's quads.
SetFactory("Built-in");
h = 0.34;
Point(1) = {0, 0, 0, h}; Point(2) = {1, 0, 0, h}; Point(3) = {2, 0, 0, h};
Point(4) = {2, 1, 0, h}; Point(5) = {1, 1, 0, h}; Point(6) = {0, 1, 0, h};
Line(1) = {1, 2}; Line(2) = {2, 3}; Line(3) = {3, 4}; Line(4) = {4, 5};
Line(5) = {5, 6}; Line(6) = {6, 1}; Line(7) = {2, 5};
Curve Loop(1) = {1, 7, 5, 6}; Plane Surface(1) = {1};
Curve Loop(2) = {2, 3, 4, -7}; Plane Surface(2) = {2};
Transfinite Curve{1, 5, 6, 7} = 4;
Transfinite Surface{1}; Recombine Surface{1};
lower[] = Extrude {0, 0, 1} { Surface{1, 2}; Layers{2}; Recombine; };
// lower[0]: top of the hexahedra, lower[1]: their volume, lower[2..5]: sides of lines 1, 7, 5, 6;
// lower[6]: top of the prisms, lower[7]: their volume, lower[8..11]: sides of lines 2, 3, 4, -7.
// Free extrusion (no layers): the upper volumes are meshed with tetrahedra, and Gmsh puts
// pyramids on the hexahedra's top quadrangles.
upper[] = Extrude {0, 0, 0.6} { Surface{lower[0], lower[6]}; };
// upper[0]: top over the hexahedra, upper[1]: volume, upper[2..5]: sides;
// upper[6]: top over the prisms, upper[7]: volume, upper[8..11]: sides.
Physical Surface("inlet") = {lower[5], upper[5]};
Physical Surface("outlet") = {lower[9], upper[9]};
Physical Surface("walls") = {1, 2, lower[2], lower[4], lower[8], lower[10],
    upper[0], upper[2], upper[4], upper[6], upper[8], upper[10]};
Physical Volume("fluid") = {lower[1], lower[7], upper[1], upper[7]};
