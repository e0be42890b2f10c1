# One image definition for every vidx app (build arg APP = cleaner | boilerplate-remover |
# entity-extractor | indexer | gateway): multi-stage, production dependencies only, non-root.
# Build from the repository root:  docker build -f infra/docker/app.Dockerfile --build-arg APP=gateway -t vidx/gateway .
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY tools ./tools
COPY apps ./apps
COPY libs ./libs
RUN node tools/build.mjs && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ARG APP
# A bounded old space keeps memory flat under load (npm run bench:memory); raise it with NODE_OPTIONS.
ENV NODE_ENV=production APP=${APP} GATEWAY_HOST=0.0.0.0 HEALTH_HOST=0.0.0.0 NODE_OPTIONS=--max-old-space-size=384
WORKDIR /app
COPY --from=build --chown=node:node /src/package.json ./
COPY --from=build --chown=node:node /src/node_modules ./node_modules
COPY --from=build --chown=node:node /src/dist ./dist
USER node
# Exec form through sh so APP is expanded; node stays PID 1's child-free exec target.
CMD ["sh", "-c", "exec node dist/apps/${APP}/src/main.js"]
