# syntax=docker/dockerfile:1
# BriefingBot: one process serving the chat platforms whose tokens are set in the environment.
#   docker build -t briefingbot .
#   docker run -d --name briefingbot -e Telegram__Token=... -v briefingbot-data:/data briefingbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/BriefingBot/BriefingBot.csproj src/BriefingBot/
COPY src/BriefingBot.Core/BriefingBot.Core.csproj src/BriefingBot.Core/
COPY src/BriefingBot.Telegram/BriefingBot.Telegram.csproj src/BriefingBot.Telegram/
COPY src/BriefingBot.Discord/BriefingBot.Discord.csproj src/BriefingBot.Discord/
COPY src/BriefingBot.Discord.Client/BriefingBot.Discord.Client.csproj src/BriefingBot.Discord.Client/
RUN dotnet restore src/BriefingBot/BriefingBot.csproj
COPY src/ src/
COPY corpus/ corpus/
RUN dotnet publish src/BriefingBot/BriefingBot.csproj -c Release --no-restore -o /app

# The ASP.NET Core runtime: the Telegram webhook mode serves HTTP.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
COPY LICENSE NOTICE THIRD-PARTY-NOTICES.md ./
# English questions are translated word by word with the FreeDict English–Arabic dictionary, read from /usr/share/dictd
# at run time: GPL data, so it is installed from the distribution, not shipped in the image's application files.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dict-freedict-eng-ara \
    && rm -rf /var/lib/apt/lists/*
# The data directory (index, stored briefings, Telegram offsets) lives in a volume owned by the non-root user.
RUN mkdir -p /data && chown app:app /data
# A 32 MB gen0 budget: the runtime's default on these VMs is a few MB, which means a collection every few questions
# (each allocates ~0.3 MB) and 13 % of a busy bot's time in GC pauses; with 32 MB it is ~2 % (bench/RESULTS.md).
ENV BriefingBot__DataDirectory=/data \
    DOTNET_NOLOGO=1 \
    DOTNET_GCgen0size=0x2000000
VOLUME /data
# Only used in Telegram webhook mode (Telegram__Webhook__ListenUrl defaults to http://0.0.0.0:8080).
EXPOSE 8080
USER app
# Tokens come from the environment (Telegram__Token, Discord__Token), never from the image.
ENTRYPOINT ["dotnet", "BriefingBot.dll"]
