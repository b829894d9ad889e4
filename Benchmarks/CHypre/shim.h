// hypre (Debian libhypre-dev, built on Open MPI) for the benchmark-only `hypre-benchmark`.
#include <mpi.h>
#include <HYPRE.h>
#include <HYPRE_IJ_mv.h>
#include <HYPRE_parcsr_ls.h>

// MPI_COMM_WORLD is an address-of macro in Open MPI, which Swift cannot import.
static inline MPI_Comm courant_hypre_comm_world(void) { return MPI_COMM_WORLD; }
