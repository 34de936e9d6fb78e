# syntax=docker/dockerfile:1
#
# One image for both processes:
#   api:    node dist/src/main.js   (the default CMD; set RUN_WORKER=false when a worker runs apart)
#   worker: node dist/jobs/worker.js
# MONGODB_URI must always be set: the embedded FerretDB (Go) is a development convenience and is
# neither built nor shipped here.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: generate resolver types from schema/, compile TypeScript to dist/, build the portal ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# tools/node-runtime: the dev dependency that brings Node 24 to Linux machines with an older one
# (the image has its own; the runtime stage's --omit=dev leaves it out).
COPY tools/node-runtime ./tools/node-runtime
# The lock records every platform's optional binaries (@swc/core-*, @rolldown/binding-*, ...):
# `npm ci` installs exactly what it pins.
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY src ./src
COPY jobs ./jobs
# The web portal (Vite): npm run build also builds it into portal/dist.
COPY portal ./portal
RUN npm run build

# ---- runtime: production dependencies, compiled code and the SDL only ----
FROM ${NODE_IMAGE} AS runtime
# The flags `npm start` gives node (package.json): a young generation of at most 3 x 16 MB, where
# V8 would grow it to about 130 MB while a read model is built (bench/README.md, api memory).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    NODE_OPTIONS=--max-semi-space-size=16
WORKDIR /app
# package.json is needed at run time too: the code finds the project root (schema/) by it.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/portal/dist ./portal/dist
# Files stay owned by root: the service only reads them.
USER node
EXPOSE 4000
# Slim images have no curl or wget; Node's fetch does the check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
