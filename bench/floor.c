/*
 * The floor: the least a libpq client can do for each benchmark scenario.
 *
 *   floor CONNINFO query SQL        run SQL, fetch the whole result, print nothing
 *   floor CONNINFO script           run each stdin line as one statement (PQexec)
 *   floor CONNINFO copyout SQL FILE run a COPY ... TO STDOUT into FILE
 *   floor CONNINFO copyin SQL FILE  run a COPY ... FROM STDIN from FILE
 *
 * Build: cc -O2 -o floor floor.c -I$(pg_config --includedir) -lpq
 * Exit status 0 on success, 1 on any error (the message goes to stderr).
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(PGconn *conn, const char *what) {
    fprintf(stderr, "floor: %s: %s", what, PQerrorMessage(conn));
    PQfinish(conn);
    return 1;
}

static int expect(PGconn *conn, PGresult *res, ExecStatusType want) {
    int ok = PQresultStatus(res) == want;
    if (!ok) fprintf(stderr, "floor: %s", PQresultErrorMessage(res));
    PQclear(res);
    (void)conn;
    return ok;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: floor CONNINFO query SQL | script | copyout SQL FILE | copyin SQL FILE\n");
        return 1;
    }
    PGconn *conn = PQconnectdb(argv[1]);
    if (PQstatus(conn) != CONNECTION_OK) return fail(conn, "connect");
    const char *mode = argv[2];

    if (strcmp(mode, "query") == 0 && argc == 4) {
        PGresult *res = PQexec(conn, argv[3]);
        if (!expect(conn, res, PGRES_TUPLES_OK)) return fail(conn, "query");
    } else if (strcmp(mode, "script") == 0) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        while ((len = getline(&line, &cap, stdin)) > 0) {
            if (len > 0 && line[len - 1] == '\n') line[len - 1] = '\0';
            if (line[0] == '\0') continue;
            PGresult *res = PQexec(conn, line);
            ExecStatusType status = PQresultStatus(res);
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
                expect(conn, res, PGRES_COMMAND_OK);
                free(line);
                return fail(conn, "script");
            }
            PQclear(res);
        }
        free(line);
    } else if (strcmp(mode, "copyout") == 0 && argc == 5) {
        FILE *out = fopen(argv[4], "w");
        if (!out) { perror(argv[4]); PQfinish(conn); return 1; }
        if (!expect(conn, PQexec(conn, argv[3]), PGRES_COPY_OUT)) return fail(conn, "copy out");
        char *buf;
        int n;
        while ((n = PQgetCopyData(conn, &buf, 0)) > 0) {
            fwrite(buf, 1, (size_t)n, out);
            PQfreemem(buf);
        }
        fclose(out);
        if (n == -2 || !expect(conn, PQgetResult(conn), PGRES_COMMAND_OK)) return fail(conn, "copy out");
    } else if (strcmp(mode, "copyin") == 0 && argc == 5) {
        FILE *in = fopen(argv[4], "r");
        if (!in) { perror(argv[4]); PQfinish(conn); return 1; }
        if (!expect(conn, PQexec(conn, argv[3]), PGRES_COPY_IN)) return fail(conn, "copy in");
        static char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
            if (PQputCopyData(conn, buf, (int)n) != 1) return fail(conn, "copy in");
        }
        fclose(in);
        if (PQputCopyEnd(conn, NULL) != 1) return fail(conn, "copy in");
        if (!expect(conn, PQgetResult(conn), PGRES_COMMAND_OK)) return fail(conn, "copy in");
    } else {
        fprintf(stderr, "floor: unknown mode or wrong arguments\n");
        PQfinish(conn);
        return 1;
    }
    PQfinish(conn);
    return 0;
}
