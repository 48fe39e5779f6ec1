# The Partnership Tracker API, as docker-compose.yml runs it against EventStoreDB.
# node:24 (Debian), the active LTS, carries the toolchain better-sqlite3 may need to build its
# native addon.
FROM node:24

ENV CI=true
WORKDIR /app
RUN mkdir -p /app/data && chown -R node:node /app
USER node

COPY --chown=node:node . .
# `npm run setup`, here with the pinned pnpm: installs the dependencies, builds the web app
# and compiles the server and the CLI to dist/ (scripts/build-server.ts). The container then
# starts the compiled server at once, with no network; `npm start` and `npm run tracker`
# find everything built and skip the builds.
RUN npm run setup

# Listen on every interface inside the container; the store and port come from compose.
ENV HOST=0.0.0.0 \
    PORT=4000 \
    TRACKER_DB=/app/data/tracker.db
EXPOSE 4000
VOLUME ["/app/data"]

# The compiled server, run by node itself (what `npm start` runs after its setup step), so
# it gets SIGTERM from `docker stop` and shuts down cleanly.
CMD ["node", "--enable-source-maps", "dist/server.js"]
